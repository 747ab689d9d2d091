package co.aliada.intent;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A negated request is not that request; a request inside a longer description does not interrupt a step. */
class NegationTests {

    private static final IntentModel MODEL = IntentFiles.load(Path.of("intents"));
    private static final IntentClassifier CLASSIFIER = new IntentClassifier(() -> MODEL);

    /** Texts that negate an action, and the action each must never be. */
    static final Map<String, String> NEGATED = Map.ofEntries(
            Map.entry("no necesito asesor", "talk_to_human"),
            Map.entry("no necesito un asesor, gracias", "talk_to_human"),
            Map.entry("ya no quiero hablar con un asesor", "talk_to_human"),
            Map.entry("no hace falta que me pase con una persona", "talk_to_human"),
            Map.entry("i don't need an advisor", "talk_to_human"),
            Map.entry("no need to talk to a person", "talk_to_human"),
            Map.entry("no quiero seguir", "continue"),
            Map.entry("no quiero continuar", "continue"),
            Map.entry("i don't want to continue", "continue"),
            Map.entry("no quiero borrar mis datos", "delete_my_data"),
            Map.entry("nunca borren mis datos", "delete_my_data"),
            Map.entry("don't delete my data", "delete_my_data"),
            Map.entry("no retiren mis datos", "delete_my_data"),
            Map.entry("no quiero empezar de nuevo", "restart"),
            Map.entry("tampoco quiero reiniciar", "restart"),
            Map.entry("i don't want to start over", "restart"),
            Map.entry("no quiero cambiar el idioma", "change_language"),
            Map.entry("cuanto vale el servicio", "affirm"));

    /** The intents that act on a word: none may come out of a refusal, whichever refusal it is. */
    static final List<String> NEGATED_ACTIONS = List.of("talk_to_human", "delete_my_data", "restart", "continue",
            "change_language", "affirm");

    @Test
    void aNegatedRequestIsNeverThatRequest() {
        NEGATED.forEach((text, action) -> {
            for (String lang : List.of("es", "en")) {
                Understanding.Intent intent = CLASSIFIER.classify(text, lang);
                assertThat(intent.id()).as(text + " (" + lang + ")").isNotEqualTo(action);
            }
        });
    }

    @Test
    void aRequestAfterTheNegatedClauseStillCounts() {
        assertThat(CLASSIFIER.classify("no me sirve esto, quiero hablar con una persona", "es").id()).isEqualTo("talk_to_human");
        assertThat(CLASSIFIER.classify("no quiero seguir, mejor empezar de nuevo", "es").id()).isEqualTo("restart");
        assertThat(CLASSIFIER.classify("this doesn't work but i want to talk to a person", "en").id()).isEqualTo("talk_to_human");
        assertThat(CLASSIFIER.classify("no entiendo nada", "es").id()).isEqualTo("help");
    }

    @Test
    void aRequestBesideANegatedClauseIsThatRequest() {
        // The negated clause's words lean to "deny"; the clause after the comma asks on its own.
        assertThat(CLASSIFIER.classify("no quiero estar registrado, eliminen mis datos", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no me gusta esto. borren mi informacion", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("i don't like this, delete my data", "en").id()).isEqualTo("delete_my_data");
    }

    @Test
    void aCueOpensAClauseAndLoQueEndsTheNegationOnlyBeforeARequest() {
        Negation negation = Negation.read(Path.of("intents"), new co.aliada.content.Problems());
        assertThat(negation.clauses("borre mis datos q ya no voy a usar esto")).containsExactly("borre mis datos q", "ya no voy a usar esto");
        assertThat(CLASSIFIER.classify("borre mis datos q ya no voy a usar esto", "es").id()).isEqualTo("delete_my_data");
        // "lo que le conté" is what must not be erased; "lo que quiero" starts a new request
        assertThat(CLASSIFIER.classify("no vaya a borrar lo que le conte", "es").id()).isNotEqualTo("delete_my_data");
        String text = "no quiero eso lo que quiero es hablar con alguien";
        assertThat(negation.scope(text).get(text.indexOf("hablar"))).isFalse();
    }

    @Test
    void aCueThatNegatesNothingIsAnAnswer() {
        // the last "no" left "eso" alone beside the negation, and "eso" asked for affirm
        assertThat(CLASSIFIER.classify("no señor, eso no", "es").id()).isEqualTo("deny");
    }

    @Test
    void aShortMessageWithARequestInOneClauseInterrupts() {
        Understanding.Intent intent = CLASSIFIER.classify("me retiro, borren todo", "es");
        assertThat(intent.id()).isEqualTo("delete_my_data");
        assertThat(intent.strong()).isTrue();
    }

    @Test
    void anOrderJoinedOnAfterANegatedClauseIsANewRequest() {
        // Dictated without commas: "y borren" starts a new request, "y que borren" stays under the refusal.
        assertThat(CLASSIFIER.classify("ya no quiero que me escriban y borren todo", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("don't text me again and delete my number", "en").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no quiero que me escriban y que borren nada", "es").id()).isNotEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no me borre la cuenta y tampoco mis datos", "es").id()).isNotEqualTo("delete_my_data");
        // break words part a run-on message into clauses for the clause rule
        assertThat(CLASSIFIER.classify("les di mis datos hace rato pero me arrepenti entonces quiero que los borren", "es").id())
                .isEqualTo("delete_my_data");
    }

    @Test
    void anOrderAfterANegatedReasonIsANewRequest() {
        // Dictated without a comma or a joiner: the reason is refused, the order after it asks.
        assertThat(CLASSIFIER.classify("ya no voy a usar el bot borren mis datos", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("i don't use this anymore delete my account", "en").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("ya no me interesa eliminen mi numero", "es").id()).isEqualTo("delete_my_data");
        // an order right after a pronoun, or with a linking word before it in the negated words, stays refused
        for (String text : List.of("no me borren", "ni se les ocurra borren mis datos", "no quiero que ustedes borren nada",
                "nunca en la vida borren mis datos", "no en este momento borren mis datos")) {
            assertThat(CLASSIFIER.classify(text, "es").id()).as(text).isNotEqualTo("delete_my_data");
        }
        for (String text : List.of("don't you dare delete my data", "don't ever delete my data", "please don't just delete my account",
                "don't let anyone delete my data")) {
            assertThat(CLASSIFIER.classify(text, "en").id()).as(text).isNotEqualTo("delete_my_data");
        }
    }

    @Test
    void anIntentsOwnNegatedWordingIsThatIntent() {
        // Refusing to be kept is asking to be deleted: "tengan", "guarden", "keep" are delete_my_data's inverse words.
        assertThat(CLASSIFIER.classify("no quiero que tengan mi numero", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no guarden mi informacion", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("i don't want you to keep my number", "en").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no quiero borrar mis datos", "es").id()).isNotEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no quiero seguir en su base de datos", "es").id()).isEqualTo("delete_my_data");
        // the inverse word counts only before anything that asks for the intent: these refuse it
        assertThat(CLASSIFIER.classify("no borren mis datos guardados", "es").id()).isNotEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("don't delete my stored data", "en").id()).isNotEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no quiero seguir ni que borren mis datos", "es").id()).isNotEqualTo("delete_my_data");
    }

    @Test
    void aPronounBeforeTheInverseWordAsksForNothing() {
        // "me", "les" before "tengan" / "doy" name who, not what: alone they leaned to delete_my_data, whose phrases
        // use them most, so the words before the inverse word seemed to refuse the deletion they ask for.
        assertThat(CLASSIFIER.classify("no quiero que me tengan en sus registros", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("ya no les doy permiso de guardar mi informacion", "es").id()).isEqualTo("delete_my_data");
        // a refusal before the inverse word still refuses
        assertThat(CLASSIFIER.classify("no me borren los datos guardados", "es").id()).isNotEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no quiero que me borren lo que tienen guardado", "es").id()).isNotEqualTo("delete_my_data");
    }

    @Test
    void noCombinationOfACueAVerbAndAnObjectTriggersTheAction() {
        // Built, not collected: every cue with every way of asking, so a wording nobody wrote down is covered too.
        String[][] sets = {
                {"delete_my_data", "es", "no|nunca|ya no|tampoco|ni se les ocurra|no quiero que|por favor no",
                        "borren|eliminen|quiten|retiren|supriman|olviden|borres|elimines|borrar|eliminar",
                        "mis datos|mi informacion|mi numero|mi cuenta|mi registro|nada|mi perfil"},
                {"talk_to_human", "es", "no necesito|ya no quiero|no me pasen con|no quiero hablar con|no hace falta|tampoco quiero|no me comuniquen con",
                        "", "un asesor|una persona|nadie|un humano|alguien|asesoria|un consultor"},
                {"restart", "es", "no|no quiero|ya no quiero|nunca|tampoco quiero|no vamos a",
                        "reiniciar|empezar de nuevo|volver a empezar|comenzar de cero|reinicies|empieces de nuevo|arrancar otra vez", ""},
                {"delete_my_data", "en", "don't|do not|never|please don't|i don't want you to|no need to",
                        "delete|erase|remove|wipe", "my data|my info|my number|my account|anything"},
                {"talk_to_human", "en", "i don't need|no need for|i don't want to talk to|i dont want|don't connect me with",
                        "", "an advisor|a person|anyone|a human|a consultant"},
                {"restart", "en", "don't|do not|i don't want to|no need to|never", "restart|start over|reset|begin again", ""},
                // an inverse word after the refused verb ("guardado", "stored") does not turn the refusal around
                {"delete_my_data", "es", "no|nunca|por favor no|no quiero que|ni se les ocurra", "borren|eliminen|quiten|borrar",
                        "mis datos guardados|lo que tengo guardado|la informacion guardada|lo que ya quedo guardado"},
                {"delete_my_data", "en", "don't|please don't|never|i don't want you to", "delete|erase|remove",
                        "my stored data|what you stored|my saved info|the data you keep"}};
        List<String> triggered = new java.util.ArrayList<>();
        int texts = 0;
        for (String[] set : sets) {
            for (String cue : set[2].split("\\|")) {
                for (String verb : set[3].split("\\|", -1)) {
                    for (String object : set[4].split("\\|", -1)) {
                        String text = (cue + " " + verb + " " + object).replaceAll(" +", " ").strip();
                        texts++;
                        if (set[0].equals(CLASSIFIER.classify(text, set[1]).id())) {
                            triggered.add(text);
                        }
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(700);
        assertThat(triggered).isEmpty();
    }

    @Test
    void noNegatedRequestOfTheDevelopmentSetTriggersItsAction() {
        // intent/negated-dev.yml: negated requests written as people type, each under the action it must not be.
        List<String> triggered = new java.util.ArrayList<>();
        for (DevSet.Example example : DevSet.load("/intent/negated-dev.yml").examples()) {
            if (example.expected().equals(CLASSIFIER.classify(example.text(), example.lang()).id())) {
                triggered.add(example.text());
            }
        }
        assertThat(triggered).isEmpty();
    }

    @Test
    void aPossessiveBeforeTheInverseWordNamesWhatIsKept() {
        // "mi número" alone leans to delete, so it read as the refused part of "no quiero que mi número quede guardado"
        assertThat(CLASSIFIER.classify("no quiero que mi numero quede guardado", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no quiero que mi empresa siga en su base de datos", "es").id()).isEqualTo("delete_my_data");
        // a verb before the possessive still refuses
        assertThat(CLASSIFIER.classify("no borren mi numero guardado", "es").id()).isNotEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("don't delete my stored number", "en").id()).isNotEqualTo("delete_my_data");
    }

    @Test
    void aDutyPutOnTheBotAsksForTheVerbAfterIt() {
        // "tienen … mis datos" are my_data's words ("qué datos tienen de mí"); the duty itself asks for nothing
        assertThat(CLASSIFIER.classify("tienen que borrar mis datos", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("tiene q eliminar mi cuenta", "es").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("you must erase my account", "en").id()).isEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("no tienen que borrar nada", "es").id()).isNotEqualTo("delete_my_data");
        assertThat(CLASSIFIER.classify("you don't have to delete anything", "en").id()).isNotEqualTo("delete_my_data");
    }

    /** A short form is read as the word it stands for; an entry that is not two words is named with its line. */
    @Test
    void aShortFormStandsForOneWord(@TempDir Path dir) throws java.io.IOException {
        assertThat(Negation.read(Path.of("intents"), new co.aliada.content.Problems()).shortForms()).containsEntry("pa", "para");
        java.nio.file.Files.writeString(dir.resolve(Negation.FILE), """
                cues:
                  es: ["no"]
                  en: ["no"]
                breaks: {es: [pero], en: [but]}
                restart: {es: [quiero], en: [want]}
                still: {es: [si], en: [if]}
                shortened:
                  es: ["pa para", "q"]
                  en: ["u you"]
                """);
        var problems = new co.aliada.content.Problems();
        Negation negation = Negation.read(dir, problems);
        assertThat(problems.list()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.message()).contains("shortened").contains("two words");
        });
        assertThat(negation.shortForms()).containsOnlyKeys("pa", "u");
    }

    /** The words after a why-not opener are what is asked; after a wish or a need they give a reason, and ask nothing. */
    @Test
    void aWhyNotOpenerAsks() {
        Negation negation = Negation.read(Path.of("intents"), new co.aliada.content.Problems());
        assertThat(negation.askedWhyNot("¿Por qué no me pasan con alguien?")).isEqualTo("me pasan con alguien ?");
        assertThat(negation.askedWhyNot("xq no borran mis datos")).isEqualTo("borran mis datos");
        assertThat(negation.askedWhyNot("why don't you just delete my data")).isEqualTo("just delete my data");
        assertThat(negation.askedWhyNot("porque no quiero asesor")).isNull();
        assertThat(negation.askedWhyNot("no me pasen con nadie porque no hace falta")).isNull();
    }

    /** A greeting or a joiner before the opener is left out: the opener is looked for after it, and nowhere further on. */
    @Test
    void aWhyNotOpenerMayFollowAGreeting() {
        Negation negation = Negation.read(Path.of("intents"), new co.aliada.content.Problems());
        assertThat(negation.askedWhyNot("oiga y xq no me pasan con un asesor pues")).isEqualTo("me pasan con un asesor");
        assertThat(negation.askedWhyNot("hola, y por que no me comunican con un asesor")).isEqualTo("me comunican con un asesor");
        assertThat(negation.askedWhyNot("hey and why don't you put me through")).isEqualTo("put me through");
        assertThat(negation.askedWhyNot("oiga, no me pase con nadie porque no hace falta")).isNull();
    }

    /** A no typed straight before its reason is parted from it, as by a comma; a text that opens otherwise is left as it is. */
    @Test
    void aNoIsPartedFromItsReason() {
        Negation negation = Negation.read(Path.of("intents"), new co.aliada.content.Problems());
        assertThat(negation.partedNo("no porque no me queda tiempo pa eso")).isEqualTo("no , porque no me queda tiempo pa eso");
        assertThat(negation.partedNo("nah because i'm too busy")).isEqualTo("nah , because i'm too busy");
        assertThat(negation.partedNo("no vendo porque no tengo clientes")).isEqualTo("no vendo porque no tengo clientes");
    }

    @Test
    void courtesyWordsAskForNothing() {
        // "por favor" alone leaned to change_language, and so became the request beside a refused one.
        for (String text : List.of("por favor no borren mis datos", "please don't delete my data", "porfa no me pasen con nadie")) {
            assertThat(NegationTests.NEGATED_ACTIONS).doesNotContain(CLASSIFIER.classify(text, "es").id());
            assertThat(NegationTests.NEGATED_ACTIONS).doesNotContain(CLASSIFIER.classify(text, "en").id());
        }
        assertThat(CLASSIFIER.classify("porfa", "es").id()).isNull();
        assertThat(CLASSIFIER.classify("reset pls", "en").id()).isEqualTo("restart");
        assertThat(CLASSIFIER.classify("si por favor", "es").id()).isEqualTo("affirm");
    }

    @Test
    void aRequestInOneClauseOfALongerMessageCountsButDoesNotInterrupt() {
        Understanding.Intent intent = CLASSIFIER.classify(
                "buenas tardes, tengo una tienda en el bordo y ya no voy a usar el servicio, quiero que borren mis datos", "es");
        assertThat(intent.id()).isEqualTo("delete_my_data");
        assertThat(intent.strong()).isFalse();
        // each clause goes through the negation rules: the refused clause stays refused
        assertThat(CLASSIFIER.classify("no, no quiero que borren mis datos, solo queria ver que tienen", "es").id())
                .isNotEqualTo("delete_my_data");
    }

    @Test
    void aNeedToldWithANegationIsStillAChallenge() {
        assertThat(CLASSIFIER.classify("no tengo pagina web y nadie conoce mi negocio", "es").id()).isEqualTo("challenge");
    }

    @Test
    void aTextThatOnlyTurnsDownAnOfferIsANo() {
        // refusal in negation.yml: the negated words ask for an offer, the words beside them for nothing but courtesy
        assertThat(CLASSIFIER.classify("no necesito asesor", "es").id()).isEqualTo("deny");
        assertThat(CLASSIFIER.classify("no hace falta un asesor", "es").id()).isEqualTo("deny");
        assertThat(CLASSIFIER.classify("no gracias, no necesito ayuda", "es").id()).isEqualTo("deny");
        assertThat(CLASSIFIER.classify("I dont need an advisor", "en").id()).isEqualTo("deny");
        // courtesy and words of time are left out of the refused words too, as they are of the rest
        assertThat(CLASSIFIER.classify("i don't need a consultant right now", "en").id()).isEqualTo("deny");
        // a cue that closes the negated words ("… con nadie") is no word of its own beside them
        assertThat(CLASSIFIER.classify("no quiero que me pasen con nadie", "es").id()).isEqualTo("deny");
        // a need told with a negation names its subject and stays a need
        assertThat(CLASSIFIER.classify("no tengo clientes", "es").id()).isEqualTo("challenge");
        assertThat(CLASSIFIER.classify("no sé cómo exportar mi café", "es").id()).isEqualTo("challenge");
        assertThat(CLASSIFIER.classify("no tengo quien me ayude con el mercadeo", "es").id()).isNotEqualTo("deny");
        // a request beside the refusal is still that request
        assertThat(CLASSIFIER.classify("no necesito asesor, borren mis datos", "es").id()).isEqualTo("delete_my_data");
    }

    @Test
    void aRequestInsideALongerDescriptionIsNotStrongEnoughToInterrupt() {
        Understanding.Intent intent = CLASSIFIER.classify("necesito un asesor contable, me va mal con los impuestos", "es");
        assertThat(intent.strong()).isFalse();
        assertThat(CLASSIFIER.classify("quiero hablar con un asesor", "es").strong()).isTrue();
        assertThat(CLASSIFIER.classify("necesito un asesor", "es").strong()).isTrue();
    }

    @Test
    void theScopeEndsAtPunctuationAndBreakWords() {
        Negation negation = Negation.read(Path.of("intents"), new co.aliada.content.Problems());
        String text = "no quiero seguir, quiero hablar";
        BitSet scope = negation.scope(text);
        assertThat(scope.get(text.indexOf("quiero"))).isTrue();
        assertThat(scope.get(text.indexOf("seguir"))).isTrue();
        assertThat(scope.get(text.lastIndexOf("quiero"))).isFalse();
        assertThat(scope.get(text.indexOf("no"))).as("the cue itself").isFalse();
        String but = "I don't want this but I need help";
        assertThat(negation.scope(but).get(but.indexOf("help"))).isFalse();
        assertThat(negation.scope(but).get(but.indexOf("want"))).isTrue();
        String doubt = "no sé si necesito un asesor";
        assertThat(negation.scope(doubt).get(doubt.indexOf("asesor"))).as("'si' keeps the doubt negated").isTrue();
    }
}
