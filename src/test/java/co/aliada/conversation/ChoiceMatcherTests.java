package co.aliada.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceMatcherTests {

    static final List<Outbound.Button> SECTORS = List.of(
            new Outbound.Button("🌱 Agroindustria", "sector:agribusiness"), new Outbound.Button("🛒 Comercio", "sector:commerce"),
            new Outbound.Button("💻 TIC", "sector:ict"), new Outbound.Button("🏭 Manufactura", "sector:manufacturing"),
            new Outbound.Button("🏗️ Construcción", "sector:construction"), new Outbound.Button("🧳 Turismo", "sector:tourism"),
            new Outbound.Button("Otro", "sector:other"));
    static final Outbound.Button YES = new Outbound.Button("✅ Acepto", "consent:yes");
    static final Outbound.Button NO = new Outbound.Button("No acepto", "consent:no");
    static final ChoiceMatcher MATCHER = new ChoiceMatcher(Set.of("sí", "claro", "yes"), Set.of("no", "nope"),
            Set.of("somos", "tenemos", "personas", "empleados", "entre", "we", "are"), Map.of());

    @ParameterizedTest
    @CsvSource({
            "1, sector:agribusiness", "7, sector:other", "1️⃣, sector:agribusiness", "3️⃣, sector:ict",
            "agroindustria, sector:agribusiness", "AGROINDUSTRIA, sector:agribusiness", "agro, sector:agribusiness",
            "agroindustira, sector:agribusiness", "construccion, sector:construction", "Construcción, sector:construction",
            "turismo, sector:tourism", "turimso, sector:tourism", "comercio, sector:commerce", "tic, sector:ict",
            "manufatura, sector:manufacturing", "🛒, sector:commerce", "otro, sector:other", "opción 2, sector:commerce",
            "el turismo, sector:tourism"})
    void readsNumbersEmojiNumbersLabelsPartsAndTypos(String typed, String data) {
        ChoiceMatcher.Match match = MATCHER.match(typed, SECTORS, null, null);
        assertThat(match.chosen()).as(typed).isTrue();
        assertThat(match.button().data()).isEqualTo(data);
    }

    static final ChoiceMatcher IN_WORDS = new ChoiceMatcher(Set.of("sí"), Set.of("no"), Set.of("somos", "we", "are", "people"), Map.of(),
            ChoiceMatcher.Numbers.of(List.of("uno, dos, tres, cuatro, cinco", "one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve"),
                    List.of("primero/primera, segundo/segunda, tercero/tercera", "first, second, third")), Map.of());

    /** Before, a number or an ordinal in words matched no option, and "el 2" read as asking for the summary. */
    @ParameterizedTest
    @CsvSource({"la primera, sector:agribusiness", "el segundo, sector:commerce", "tres, sector:ict", "the third one, sector:ict",
            "number four, sector:manufacturing", "el 2, sector:commerce", "La 5, sector:construction", "Primera!, sector:agribusiness"})
    void readsNumbersAndOrdinalsInWordsAsPositions(String typed, String data) {
        assertThat(MATCHER.match(typed, SECTORS, null, null).chosen()).as("without the words, %s", typed).isEqualTo(typed.matches("(?i)(el|la) \\d"));
        ChoiceMatcher.Match match = IN_WORDS.match(typed, SECTORS, null, null);
        assertThat(match.chosen()).as(typed).isTrue();
        assertThat(match.button().data()).isEqualTo(data);
    }

    @ParameterizedTest
    @CsvSource({"somos cinco, size:micro", "twelve people, size:small", "la tercera, size:medium", "the second one, size:small",
            "tres, size:micro"})
    void aCountInWordsIsACountAndAnOrdinalAPosition(String typed, String data) {
        assertThat(IN_WORDS.match(typed, SIZES, null, null).button().data()).as(typed).isEqualTo(data);
    }

    static final List<Outbound.Button> SIZES = List.of(new Outbound.Button("1 a 10", "size:micro"),
            new Outbound.Button("11 a 50", "size:small"), new Outbound.Button("51 a 200", "size:medium"));

    @ParameterizedTest
    @CsvSource({
            // before, "3" and "2" picked the third and second buttons: a business of three people stored as medium
            "3, size:micro", "2, size:micro", "1, size:micro", "somos 3, size:micro", "3 personas, size:micro",
            "tenemos 25 empleados, size:small", "120, size:medium", "entre 5 y 8, size:micro", "50, size:small",
            "opción 2, size:small", "#3, size:medium", "11 a 50, size:small"})
    void aNumberTypedUnderRangesIsACountUnlessItNamesAnOption(String typed, String data) {
        ChoiceMatcher.Match match = MATCHER.match(typed, SIZES, null, null);
        assertThat(match.chosen()).as(typed).isTrue();
        assertThat(match.button().data()).as(typed).isEqualTo(data);
    }

    @Test
    void aCountOutsideEveryRangeOrAcrossTwoPicksNothing() {
        assertThat(MATCHER.match("300", SIZES, null, null).candidates()).isEmpty();
        assertThat(MATCHER.match("somos 10 u 12", SIZES, null, null).candidates()).isEmpty();
        assertThat(MATCHER.match("0", SIZES, null, null).candidates()).isEmpty();
        assertThat(MATCHER.match("perro verde 123", SIZES, null, null).candidates()).as("words that say something else").isEmpty();
        List<Outbound.Button> english = List.of(new Outbound.Button("1 to 10", "size:micro"),
                new Outbound.Button("11 to 50", "size:small"), new Outbound.Button("51 to 200", "size:medium"));
        assertThat(MATCHER.match("we are 40", english, null, null).button().data()).isEqualTo("size:small");
    }

    @ParameterizedTest
    @CsvSource({"300, true", "somos 250 personas, true", "más de 200, true", "we are over 200, true", "201, true",
            "200, false", "120, false", "más de 50, false", "entre 150 y 300, false", "0, false", "perro verde 300, false",
            "opción 3, false"})
    void aCountBeyondTheTopRangeNamesTheTopOption(String typed, boolean beyond) {
        ChoiceMatcher matcher = new ChoiceMatcher(Set.of("sí"), Set.of("no"),
                Set.of("somos", "personas", "más", "mas", "we", "are", "over", "entre"), Map.of());
        Outbound.Button top = matcher.aboveEveryRange(typed, SIZES, Set.of("más", "over"));
        assertThat(top == null ? null : top.data()).as(typed).isEqualTo(beyond ? "size:medium" : null);
        assertThat(matcher.aboveEveryRange("300", SECTORS, Set.of("más"))).as("options that are no ranges").isNull();
    }

    @Test
    void aPlaceAmongNumberedAnswersIsNeverTheOneButtonWithoutANumber() {
        List<Outbound.Button> rungs = List.of(new Outbound.Button("1️⃣ Nunca", "sc:L1:0"), new Outbound.Button("2️⃣ A veces", "sc:L1:1"),
                new Outbound.Button("3️⃣ Casi siempre", "sc:L1:2"), new Outbound.Button("❓ ¿Qué significa?", "sc:what:L1"));
        assertThat(MATCHER.match("4", rungs, null, null).candidates()).as("before, the explanation by its place").isEmpty();
        assertThat(MATCHER.match("3", rungs, null, null).button().data()).isEqualTo("sc:L1:2");
        assertThat(MATCHER.match("7", SECTORS, null, null).button().data()).as("no option numbered: places as before").isEqualTo("sector:other");
    }

    @Test
    void theLastOptionIsTheHighestNumberedOrTheLastAnswer() {
        List<Outbound.Button> rungs = List.of(new Outbound.Button("1️⃣ Nunca", "sc:L1:0"), new Outbound.Button("2️⃣ A veces", "sc:L1:1"),
                new Outbound.Button("3️⃣ Casi siempre", "sc:L1:2"), new Outbound.Button("❓ ¿Qué significa?", "sc:what:L1"));
        assertThat(ChoiceMatcher.last(rungs).button().data()).isEqualTo("sc:L1:2");
        assertThat(ChoiceMatcher.last(SECTORS).button().data()).isEqualTo("sector:other");
        assertThat(ChoiceMatcher.last(List.of(new Outbound.Button("Sí", "a"), new Outbound.Button("🔄 Empezar", "/reiniciar")))
                .button().data()).as("never a command's button").isEqualTo("a");
    }

    @Test
    void anOptionsOwnWholeAnswersChooseItAndNothingLooserDoes() {
        List<Outbound.Button> ratings = List.of(new Outbound.Button("Baja", "rate:1"), new Outbound.Button("Media", "rate:2"),
                new Outbound.Button("Alta", "rate:3"));
        ChoiceMatcher matcher = new ChoiceMatcher(Set.of(), Set.of(), Set.of(), Map.of(
                "rate:1", Set.of("nada urgente", "puede esperar"), "rate:3", Set.of("muy urgente", "Urgentísimo")));

        assertThat(matcher.match("Muy urgente!", ratings, null, null).button().data()).isEqualTo("rate:3");
        assertThat(matcher.match("urgentisimo", ratings, null, null).button().data()).as("accents and case").isEqualTo("rate:3");
        assertThat(matcher.match("nada urgente", ratings, null, null).button().data()).isEqualTo("rate:1");
        assertThat(matcher.match("muy urgente", ratings, null, null).exact()).isTrue();
        assertThat(matcher.match("es muy urgente porque se me dañan los pedidos", ratings, null, null).chosen())
                .as("only the whole answer").isFalse();
        assertThat(matcher.match("muy urgente", SECTORS, null, null).chosen()).as("only where the option is on offer").isFalse();
    }

    /** QA: "bastante urgente" at the urgency offered a person ("urgente" leans to it); both words are Alta's answers. */
    @Test
    void twoWholeAnswersOfOneOptionSaidTogetherChooseIt() {
        List<Outbound.Button> ratings = List.of(new Outbound.Button("Baja", "rate:1"), new Outbound.Button("Media", "rate:2"),
                new Outbound.Button("Alta", "rate:3"));
        ChoiceMatcher matcher = new ChoiceMatcher(Set.of(), Set.of(), Set.of(), Map.of(
                "rate:1", Set.of("poco", "puede esperar", "no es urgente"), "rate:2", Set.of("más o menos", "algo urgente"),
                "rate:3", Set.of("bastante", "urgente", "muy urgente", "importante")));

        assertThat(matcher.match("bastante urgente", ratings, null, null).button().data()).isEqualTo("rate:3");
        assertThat(matcher.match("Urgente, muy urgente!", ratings, null, null).button().data()).isEqualTo("rate:3");
        assertThat(matcher.match("importante y urgente", ratings, null, null).button().data()).isEqualTo("rate:3");
        assertThat(matcher.match("poco, puede esperar", ratings, null, null).button().data()).isEqualTo("rate:1");
        assertThat(matcher.match("poco urgente", ratings, null, null).chosen()).as("two options' words").isFalse();
        assertThat(matcher.match("urgente y", ratings, null, null).chosen()).isFalse();
        assertThat(matcher.match("bastante urgente porque se daña el pan", ratings, null, null).chosen())
                .as("more than the answers").isFalse();
    }

    @Test
    void readsYesAndNoWordsOnlyWhereTheChoiceIsYesOrNo() {
        List<Outbound.Button> consent = List.of(YES, NO);
        assertThat(MATCHER.match("Sí", consent, YES, NO).button()).isEqualTo(YES);
        assertThat(MATCHER.match("claro", consent, YES, NO).button()).isEqualTo(YES);
        assertThat(MATCHER.match("no", consent, YES, NO).button()).isEqualTo(NO);
        assertThat(MATCHER.match("nope", consent, YES, NO).button()).isEqualTo(NO);
        assertThat(MATCHER.match("no acepto", consent, YES, NO).button()).isEqualTo(NO);
        assertThat(MATCHER.match("sí", SECTORS, null, null).chosen()).isFalse();
        assertThat(MATCHER.match("1", consent, YES, NO).chosen()).as("consent takes no number").isFalse();
        ChoiceMatcher phrases = new ChoiceMatcher(Set.of("sí, así es"), Set.of("no señor"));
        // before, the comma had to be typed as written in the list
        assertThat(phrases.match("Si asi es!", consent, YES, NO).button()).isEqualTo(YES);
        assertThat(phrases.match("no, señor", consent, YES, NO).button()).isEqualTo(NO);
        assertThat(phrases.match("si asi es pero no guarden nada", consent, YES, NO).chosen()).as("only the whole answer").isFalse();
        assertThat(MATCHER.match("acept", consent, YES, NO).chosen()).as("nor a part of a word").isFalse();
    }

    @Test
    void anAmbiguousPartOffersTheCandidatesAndNonsenseMatchesNothing() {
        List<Outbound.Button> options = List.of(new Outbound.Button("Mejorar procesos", "d:processes"),
                new Outbound.Button("Mejorar productos", "d:products"), new Outbound.Button("Clientes", "d:customers"));
        ChoiceMatcher.Match match = MATCHER.match("mejorar", options, null, null);
        assertThat(match.ambiguous()).isTrue();
        assertThat(match.candidates()).extracting(Outbound.Button::data).containsExactly("d:processes", "d:products");
        assertThat(MATCHER.match("queremos vender más café en Popayán", SECTORS, null, null).candidates()).isEmpty();
        assertThat(MATCHER.match("9", SECTORS, null, null).candidates()).isEmpty();
        assertThat(MATCHER.match("xyz", SECTORS, null, null).candidates()).isEmpty();
    }

    /** "2" under 👍 / 👎 (after "el segundo" showed service 2) was saved as 👎, feedback never given. */
    @Test
    void aBareNumberPicksNoneOfTwoUnnumberedOptionsButCountsAmongMoreOrNumberedOnes() {
        List<Outbound.Button> thumbs = List.of(new Outbound.Button("👍 Me sirvió", "/util 1 1"), new Outbound.Button("👎 No me sirvió", "/util 1 0"));
        assertThat(MATCHER.match("2", thumbs, null, null).chosen()).isFalse();
        assertThat(MATCHER.match("el 2", thumbs, null, null).chosen()).isFalse();

        List<Outbound.Button> numbered = List.of(new Outbound.Button("1️⃣ No, nada.", "sc:L2:0"), new Outbound.Button("2️⃣ Solo si sobra algo.", "sc:L2:1"));
        assertThat(MATCHER.match("2", numbered, null, null).button().data()).isEqualTo("sc:L2:1");
        assertThat(MATCHER.match("2", SECTORS, null, null).button().data()).isEqualTo("sector:commerce");
    }

    /** "Más info del 3" after a service's details took the third button, ➕ Otro reto, and started a new challenge. */
    @Test
    void aNumberPicksTheButtonLabelledWithItAndNeverACommandByItsPlace() {
        Outbound.Button another = new Outbound.Button("➕ Otro reto", "/nuevo_reto");
        Outbound.Button done = new Outbound.Button("✅ No tengo más retos", "/resumen fin");
        List<Outbound.Button> afterDetails = List.of(new Outbound.Button("👍 Me sirvió", "/util 1 1"),
                new Outbound.Button("👎 No me sirvió", "/util 1 0"), another, done);
        assertThat(MATCHER.match("3", afterDetails, null, null).chosen()).isFalse();

        List<Outbound.Button> recommendation = List.of(new Outbound.Button("ℹ️ Más sobre 1. Publicidad", "/servicio 1 0"),
                new Outbound.Button("ℹ️ Más sobre 2. Transformación digital", "/servicio 1 1"),
                new Outbound.Button("ℹ️ Más sobre 3. Canales", "/servicio 1 2"), another, done);
        assertThat(MATCHER.match("3", recommendation, null, null).button().data()).isEqualTo("/servicio 1 2");
        assertThat(MATCHER.match("el 1", recommendation, null, null).button().data()).isEqualTo("/servicio 1 0");
        assertThat(IN_WORDS.match("la tercera", recommendation, null, null).button().data()).isEqualTo("/servicio 1 2");
        assertThat(IN_WORDS.match("the third one", afterDetails, null, null).chosen())
                .as("an ordinal, like a number, never takes a command by its place").isFalse();
    }

    @Test
    void aThumbTypedAloneIsTheFeedbackButton() {
        List<Outbound.Button> feedback = List.of(new Outbound.Button("ℹ️ Más sobre Prototipado", "/servicio p"),
                new Outbound.Button("👍 Me sirvió", "/util 1 1"), new Outbound.Button("👎 No me sirvió", "/util 1 0"));
        assertThat(MATCHER.match("👍", feedback, null, null).button().data()).isEqualTo("/util 1 1");
        assertThat(MATCHER.match("👎", feedback, null, null).button().data()).isEqualTo("/util 1 0");
        assertThat(MATCHER.match("👎🏽", feedback, null, null).button().data()).isEqualTo("/util 1 0");
    }

    @org.junit.jupiter.api.Test
    void aLeadingFillerIsLeftOutButNeverTheWholeAnswer() {
        Set<String> leads = Set.of("pues", "bueno pues", "la verdad", "well");
        assertThat(ChoiceMatcher.withoutLead("Pues bastante", leads)).isEqualTo("bastante");
        assertThat(ChoiceMatcher.withoutLead("bueno pues, 3", leads)).as("the longest filler").isEqualTo("3");
        assertThat(ChoiceMatcher.withoutLead("Well, not sure", leads)).isEqualTo("not sure");
        assertThat(ChoiceMatcher.withoutLead("pues", leads)).as("nothing left: the text as typed").isEqualTo("pues");
        assertThat(ChoiceMatcher.withoutLead("puesto de venta", leads)).as("a word, not a prefix").isEqualTo("puesto de venta");
    }

    /** "it's called Andes Coffee" was cut after "Andes": "it's" is two words, and the cut counted spaces. */
    @org.junit.jupiter.api.Test
    void theTextAfterALeadIsCutWhereTheLeadEndsAsTyped() {
        Set<String> leads = Set.of("it's called", "se llama", "hola buenas", "lo que pasa es que");
        assertThat(ChoiceMatcher.afterLead("it’s called Andes Coffee", leads)).isEqualTo("Andes Coffee");
        assertThat(ChoiceMatcher.afterLead("Se llamá: Café  Ñam", leads)).isEqualTo("Café  Ñam");
        assertThat(ChoiceMatcher.afterLead("hola buenas, lo que pasa es que…", leads)).isEqualTo("lo que pasa es que…");
        assertThat(ChoiceMatcher.afterLead("se llama", leads)).as("nothing after it: as typed").isEqualTo("se llama");
        assertThat(ChoiceMatcher.afterLead("Se llamaba Rosa", leads)).isEqualTo("Se llamaba Rosa");
    }

    @org.junit.jupiter.api.Test
    void theTextAfterAPhraseWithinItNeedsWordsBeforeAndAfter() {
        Set<String> turns = Set.of("pero", "el problema es que");
        assertThat(ChoiceMatcher.afterWithin("tenemos café, pero los intermediarios pagan poco", turns))
                .isEqualTo("los intermediarios pagan poco");
        assertThat(ChoiceMatcher.afterWithin("vendemos, y el problema es que: nadie paga", turns)).isEqualTo("nadie paga");
        assertThat(ChoiceMatcher.afterWithin("pero nadie paga", turns)).as("nothing before it").isEmpty();
        assertThat(ChoiceMatcher.afterWithin("vendemos pero", turns)).as("nothing after it").isEmpty();
        assertThat(ChoiceMatcher.afterWithin("el perro come", turns)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theFirstPartOfATextEndsAtAMarkOrABreakAfterSomeWords() {
        Set<String> breaks = Set.of("pero", "solo que");
        assertThat(ChoiceMatcher.beforeAny("Me sirvió pero no necesito asesor", breaks)).isEqualTo("me sirvio");
        assertThat(ChoiceMatcher.beforeAny("¡Me sirvió mucho! no necesito asesor", breaks)).isEqualTo("me sirvio mucho");
        assertThat(ChoiceMatcher.beforeAny("útil, solo que no quiero asesor", breaks)).isEqualTo("util");
        assertThat(ChoiceMatcher.beforeAny("pero no necesito asesor", breaks)).as("nothing before the break").isEmpty();
        assertThat(ChoiceMatcher.beforeAny("me sirvió!", breaks)).as("nothing after the mark").isEmpty();
        assertThat(ChoiceMatcher.beforeAny("me sirvió mucho", breaks)).as("nothing parts it").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void phrasesNamedAmongOtherWordsAreFoundAsWholeWordsAndTheLongestWins() {
        Set<String> places = Set.of("Santander de Quilichao", "Quilichao", "Inzá", "El Tambo", "Rosas");
        assertThat(ChoiceMatcher.mentioned("somos de SANTANDER DE QUILICHAO, cauca", places))
                .containsExactly("Santander de Quilichao");
        assertThat(ChoiceMatcher.mentioned("en inza", places)).containsExactly("Inzá");
        assertThat(ChoiceMatcher.mentioned("Pinzán, el tambor, tambo, rosa", places)).as("whole words only").isEmpty();
        assertThat(ChoiceMatcher.mentioned("El Tambo o Rosas", places)).containsExactlyInAnyOrder("El Tambo", "Rosas");
    }
}
