package co.aliada.challenge;

import static co.aliada.conversation.TestTexts.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.matching.MatchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ChallengeCommandsTests {

    private final ChallengeBot bot = new ChallengeBot(true);

    private long save(String hmw, int urgency, int feasibility, int impact, List<String> serviceNames) {
        long id = bot.challenges.save(new Challenge(0, ChallengeBot.CHAT, "problem", hmw, hmw, urgency, feasibility, impact,
                null, List.of(), List.of(), Instant.EPOCH, true));
        bot.challenges.recommended(id, serviceNames.stream().map(n -> "id-" + n).toList(), serviceNames);
        return id;
    }

    @Test
    void listsChallengesByPriorityThenUrgencyThenImpact() {
        bot.at("menu", "es", "commerce", true);
        save("C cinco", 1, 3, 1, List.of());
        save("A nueve", 3, 3, 3, List.of());
        save("B siete urgente", 3, 1, 3, List.of());
        save("D siete menos urgente", 2, 3, 2, List.of());
        save("E siete mismo urgente menos impacto", 3, 2, 2, List.of());

        String list = ChallengeBot.all(bot.command("mis_retos"));

        assertThat(list).contains("Sus retos (5)").contains("Prioridad <b>9/9</b>").contains("La prioridad suma urgencia, factibilidad e impacto");
        assertThat(list.indexOf("A nueve")).isLessThan(list.indexOf("B siete urgente"));
        assertThat(list.indexOf("B siete urgente")).isLessThan(list.indexOf("E siete mismo"));
        assertThat(list.indexOf("E siete mismo")).isLessThan(list.indexOf("D siete menos"));
        assertThat(list.indexOf("D siete menos")).isLessThan(list.indexOf("C cinco"));
    }

    /** A match whose first service is offered by one verified and one unverified institution with a real website. */
    private void offeredByRealInstitutions() {
        MatchResult.Pillar pillar = new MatchResult.Pillar("technology-management", "Gestión tecnológica", 0.9);
        bot.matcher.answer = new MatchResult(false, pillar, List.of(pillar), List.of(
                new MatchResult.Service("id-ERP", "technology-management", "ERP", "Pedidos.", 0.9, List.of(
                        new MatchResult.Institution("uni", "Universidad del Cauca", "Popayán", "https://www.unicauca.edu.co",
                                "https://innovacion.unicauca.edu.co", true),
                        new MatchResult.Institution("sena", "SENA Cauca", "Popayán", "https://www.sena.edu.co",
                                "https://cauca.example.org", false),
                        new MatchResult.Institution("fake", "Sin web", "Popayán", "https://fake.example.org", null, false))),
                new MatchResult.Service("other", "technology-management", "Otro", "No recomendado.", 0.5, List.of(
                        new MatchResult.Institution("other", "Otra Institución", "Cali", "https://otra.edu.co", null, false)))));
    }

    @Test
    void myChallengesAndSummaryShowWhoOffersTheRecommendedServicesAsLinks() {
        bot.at("menu", "es", "commerce", true);
        offeredByRealInstitutions();
        save("¿Cómo podríamos ordenar pedidos?", 3, 3, 3, List.of("ERP"));

        for (String command : List.of("mis_retos", "resumen")) {
            String text = ChallengeBot.all(bot.command(command));

            assertThat(text).as(command).contains("Quién lo ofrece")
                    .contains("<a href=\"https://innovacion.unicauca.edu.co\">Universidad del Cauca</a>")
                    .contains("<a href=\"https://www.sena.edu.co\">SENA Cauca</a>")
                    .contains("Sin web").doesNotContain("example.org").doesNotContain("Otra Institución");
        }
    }

    /** At the menu, a text that half asks for a person offered "↩️ Seguir con la pregunta", with no question to go back to. */
    @Test
    void atTheMenuAHalfRequestForAPersonOffersThePersonAndTheMenuNotAQuestion() {
        ChallengeBot leaning = new ChallengeBot(true, true, (text, l) -> text.contains("ayudar")
                ? new co.aliada.conversation.Understanding.Intent("talk_to_human", 0.5, true) : co.aliada.conversation.Understanding.Intent.NONE);
        leaning.at("menu", "es", "commerce", true);
        assertThat(ChallengeBot.data(leaning.command("ayuda"))).as("the menu's buttons on screen").isNotEmpty();

        List<Outbound> replies = leaning.text("quien me puede ayudar con el diseño de los muebles?");

        assertThat(replies.get(0).text()).isEqualTo(co.aliada.conversation.TestTexts.texts().get("common.did-you-mean-human.menu", "es"));
        assertThat(ChallengeBot.data(replies)).contains("/asesor", "menu:challenge").doesNotContain("/continuar");
    }

    /** "ok" and "👍" at the menu after the journey were "no le entendí", and two of them offered an advisor. */
    @Test
    void anOkAtTheMenuGetsAWordBackAndCountsNoMiss() {
        ChallengeBot agreeing = new ChallengeBot(true, true, (text, l) -> new co.aliada.conversation.Understanding.Intent("affirm", 0.65, false));
        agreeing.at("menu", "es", "commerce", true);

        for (String typed : List.of("ok", "👍", "listo")) {
            List<Outbound> replies = agreeing.text(typed);
            assertThat(replies.get(0).text()).as(typed).isEqualTo(co.aliada.conversation.TestTexts.texts().get("common.ok-back", "es"));
            assertThat(ChallengeBot.data(replies)).as(typed).contains("menu:challenge").doesNotContain("/asesor fallback");
        }
        assertThat(agreeing.state().step()).isEqualTo("menu");
    }

    /** QA round C: after the summary, "no tengo más retos" typed at the menu was noted as a new challenge. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, no tengo más retos", "es, eso es todo", "en, no more challenges"})
    void noMoreChallengesTypedAtTheMenuIsNoNewChallenge(String lang, String typed) {
        ChallengeBot needing = new ChallengeBot(true, true, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false));
        needing.at("menu", lang, "commerce", true);

        List<Outbound> replies = needing.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(co.aliada.conversation.TestTexts.texts().get("common.ok-back", lang));
        assertThat(needing.state().step()).isEqualTo("menu");
        assertThat(needing.state().get(co.aliada.conversation.ChatState.TOLD_NEED)).isNull();
    }

    @Test
    void saysKindlyWhenThereAreNoChallengesYet() {
        bot.at("menu", "en", "ict", true);

        List<Outbound> replies = bot.command("my_challenges");

        assertThat(ChallengeBot.all(replies)).contains("no saved challenges yet");
        assertThat(ChallengeBot.data(replies)).containsExactly("/nuevo_reto");
        // "Shall we write the first one?" sat above "➕ Another challenge"
        assertThat(replies.get(0).buttons().get(0).get(0).label()).isEqualTo(co.aliada.conversation.TestTexts.texts().get("challenge.button.first", "en"));
    }

    @Test
    void summarisesProfileLevelChallengesAndServicesThenEndsAtTheMenu() {
        bot.at("challenge.next", "es", "agribusiness", true);
        var state = bot.state();
        state.put("profile.company", "Panela <Dulce> & Cía");
        state.put("profile.size", "small");
        state.put("profile.municipality", "Santander de Quilichao");
        state.put("selfcheck.level", "continuous-improvement");
        bot.store.put(state);
        save("¿Cómo podríamos vender en Cali?", 1, 1, 1, List.of("Canales de distribución"));
        save("¿Cómo podríamos secar mejor?", 3, 3, 2, List.of("Automatización de procesos", "Diseño y prototipado"));

        List<Outbound> replies = bot.command("resumen fin");
        String summary = replies.get(0).text();

        assertThat(summary).contains("Panela &lt;Dulce&gt; &amp; Cía").contains("🌱 Agroindustria").contains("11 a 50")
                .contains("Santander de Quilichao").contains("<b>Mejora continua</b>")
                .contains("Automatización de procesos, Diseño y prototipado").contains("Canales de distribución");
        assertThat(summary.indexOf("secar")).isLessThan(summary.indexOf("vender"));
        assertThat(bot.state().step()).isEqualTo("menu");
    }

    /** Before, a business of the sector "Otro" was summed up as "Otro", whatever it had told it does. */
    @Test
    void summarisesTheSectorOtherWithWhatTheBusinessDoes() {
        bot.at("menu", "es", "other", true);
        var state = bot.state();
        state.put("profile.activity", "venta de repuestos & llantas");
        bot.store.put(state);

        String summary = bot.command("resumen").get(0).text();

        assertThat(summary).contains("Otro: venta de repuestos &amp; llantas");
    }

    @Test
    void summarisesInEnglishWithoutSelfCheckOrChallenges() {
        bot.at("challenge.build", "en", "tourism", true);

        List<Outbound> replies = bot.command("summary");

        assertThat(replies.get(0).text()).contains("Your business summary").contains("🧳 Tourism")
                .contains("no self-check yet").contains("No saved challenges yet");
        assertThat(bot.state().step()).isEqualTo("challenge.build");
    }

    @Test
    void showsMoreAboutAServiceFromItsStoredChallenge() {
        bot.at("challenge.next", "es", "commerce", true);
        long id = save("los pedidos se pierden", 2, 2, 2, List.of());
        bot.challenges.recommended(id, List.of("tm-solution-implementation", "ci-process-automation"), List.of("a", "b"));

        String detail = ChallengeBot.all(bot.press(ServiceCommand.data(id, 1)));

        assertThat(detail).contains("Automatización de procesos").contains("SENA Regional Cauca")
                .contains(plain("challenge.rec.no-contact", "es")).doesNotContain("example.org");
        // with no address to show, "(sitio web; el contacto directo está por confirmar)" beside it contradicted it
        assertThat(detail.lines().filter(line -> line.contains(plain("challenge.rec.no-contact", "es"))))
                .isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("sitio web"));
        assertThat(ChallengeBot.all(bot.press(ServiceCommand.data(id + 5, 0)))).contains("ya no está en sus recomendaciones");
        assertThat(ChallengeBot.all(bot.command("servicio 1 x"))).contains("ya no está en sus recomendaciones");
    }

    /** A chat after a recommendation of two services, the second offered by the SENA; the challenge's id. */
    private long twoServicesRecommended() {
        return twoServicesRecommended(bot);
    }

    private static long twoServicesRecommended(ChallengeBot bot) {
        return twoServicesRecommended(bot, "es");
    }

    private static long twoServicesRecommended(ChallengeBot bot, String lang) {
        bot.at("challenge.next", lang, "commerce", true);
        long id = bot.challenges.save(new Challenge(0, ChallengeBot.CHAT, "problem", "los pedidos se pierden", "los pedidos se pierden",
                2, 2, 2, null, List.of(), List.of(), Instant.EPOCH, true));
        bot.challenges.recommended(id, List.of("tm-solution-implementation", "ci-process-automation"),
                List.of("Implementación de soluciones", "Automatización de procesos"));
        return id;
    }

    /**
     * After the list, "¿cuál es el mejor?" was answered "Entendido, sin problema" (heard as a no), "¿cuál me recomienda
     * usted?" with the whole summary, and "which one is best?" with "tap an option": the list is in order of fit.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"deny, es, ¿cuál es el mejor?", "summary, es, ¿cuál me recomienda usted?",
            "'', es, y por cual empiezo", "'', en, which one is best?"})
    void askedWhichServiceIsBestTheFirstOfTheListIsShownWhole(String heard, String lang, String typed) {
        ChallengeBot leaning = new ChallengeBot(true, true, (text, l) -> heard.isEmpty()
                ? co.aliada.conversation.Understanding.Intent.NONE : new co.aliada.conversation.Understanding.Intent(heard, 0.7, true));
        long id = twoServicesRecommended(leaning, lang);

        List<Outbound> replies = leaning.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(co.aliada.conversation.TestTexts.texts().get("challenge.next.best", lang));
        assertThat(replies.get(1).text()).startsWith("<b>1. ");
        assertThat(ChallengeBot.data(replies)).contains(ServiceCommand.data(id, 1)).doesNotContain(ServiceCommand.data(id, 0));
        assertThat(leaning.state().step()).isEqualTo("challenge.next");
    }

    /**
     * "no tengo más retos" typed after 👍 (its button no longer on screen) was noted as a new challenge, and "que no!! no
     * tengo mas retos" too; "no more challenges" paused. They end the journey with the summary.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, no tengo más retos", "es, que no!! no tengo mas retos", "en, no more challenges",
            "es, no tengo mas retos gracias"})
    void noMoreChallengesTypedAfterFeedbackEndsWithTheSummary(String lang, String typed) {
        long id = twoServicesRecommended(bot, lang);
        bot.press(FeedbackCommand.data(id, true));

        String answer = ChallengeBot.all(bot.text(typed));

        assertThat(answer).contains(co.aliada.conversation.TestTexts.texts().get("summary.title", lang).replaceAll("\\{.*", ""));
        assertThat(bot.state().get(co.aliada.conversation.ChatState.TOLD_NEED)).isNull();
        assertThat(bot.state().step()).isEqualTo("menu");
    }

    /** "¿cuánto cuesta el primero?" after the list showed the first service's details, with no word on what it costs. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, ¿cuánto cuesta el primero?", "es, y el 2 cuanto vale?", "en, how much does number 2 cost?"})
    void askedWhatAServiceOfTheListCostsTheTermsAreTold(String lang, String typed) {
        twoServicesRecommended(bot, lang);

        assertThat(ChallengeBot.all(bot.text(typed))).isEqualTo(co.aliada.conversation.TestTexts.texts().get("common.terms", lang));
        assertThat(bot.state().step()).isEqualTo("challenge.next");
    }

    /**
     * QA: "el sena cobra?", "¿eso lo cobra el SENA?" and "does SENA charge?" after the list showed the SENA's details and
     * its services, with no word on what they cost; "¿el SENA cobra por eso?" had the terms of every service. What it
     * offers of the list comes with its terms (agreed with it, none kept here) and how to reach it.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, el sena cobra?", "es, ¿eso lo cobra el SENA?", "en, does SENA charge?",
            "es, ¿el SENA cobra por eso?", "en, is the sena free?"})
    void askedWhetherAnInstitutionChargesItsTermsAreToldForWhatItOffersOfTheList(String lang, String typed) {
        long id = twoServicesRecommended(bot, lang);
        String first = ChallengeBot.CATALOG.service("tm-solution-implementation").orElseThrow().name().in(lang);
        String second = ChallengeBot.CATALOG.service("ci-process-automation").orElseThrow().name().in(lang);

        List<Outbound> answer = bot.text(typed);

        assertThat(ChallengeBot.all(answer)).startsWith(termsOpening(lang)).contains("SENA Regional Cauca", "2. " + second)
                .doesNotContain(first);
        assertThat(ChallengeBot.data(answer)).contains(ServiceCommand.data(id, 1), FeedbackCommand.data(id, true))
                .doesNotContain(ServiceCommand.data(id, 0));
        assertThat(bot.state().step()).isEqualTo("challenge.next");
        assertThat(bot.state().get(co.aliada.conversation.ChatState.TOLD_NEED)).isNull();
    }

    /**
     * QA: "cuanto cobran?" right after "¿y el SENA?" had been every institution's terms, as if no one had been named: the
     * question goes on with the institution just asked about, and is its terms. Asked after something else, it stays the
     * general terms.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"es | ¿y el SENA? | cuanto cobran?",
            "en | what about SENA? | do they charge?", "es | ¿y el SENA? | y eso es gratis?", "en | what about sena? | how long does it take?"})
    void chargesAskedRightAfterAnInstitutionAreThatInstitutionsTerms(String lang, String institution, String typed) {
        long id = twoServicesRecommended(bot, lang);
        bot.text(institution);

        List<Outbound> answer = bot.text(typed);

        assertThat(ChallengeBot.all(answer)).startsWith(termsOpening(lang)).contains("SENA Regional Cauca");
        assertThat(ChallengeBot.data(answer)).contains(ServiceCommand.data(id, 1));
        assertThat(bot.state().step()).isEqualTo("challenge.next");
    }

    /** Asked after something else than an institution ("me sirvió"), the charges are every institution's terms again. */
    @org.junit.jupiter.api.Test
    void chargesAskedAfterAnotherAnswerAreEveryInstitutionsTerms() {
        twoServicesRecommended(bot, "es");
        bot.text("¿y el SENA?");
        bot.text("¿qué diferencia hay entre el 1 y el 2?");

        assertThat(ChallengeBot.all(bot.text("cuanto cobran?"))).startsWith(co.aliada.conversation.TestTexts.texts().get("common.terms", "es"));
    }

    /** "does the university charge for that?" after the list names no one institution: every institution's terms. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"en, does the university charge for that?", "es, ¿la universidad cobra por eso?"})
    void chargesAskedOfNoInstitutionInParticularAfterTheListAreEveryInstitutionsTerms(String lang, String typed) {
        twoServicesRecommended(bot, lang);

        assertThat(ChallengeBot.all(bot.text(typed))).startsWith(co.aliada.conversation.TestTexts.texts().get("common.terms", lang));
    }

    /** What an institution's terms open with, up to its name. */
    private static String termsOpening(String lang) {
        String text = co.aliada.conversation.TestTexts.texts().get("challenge.next.institution.terms", lang);
        return text.substring(0, text.indexOf("{institution}"));
    }

    /** "y la unicauca que hace?" after the list was "tap an option": what that institution offers of the list, one tap away. */
    @Test
    void anInstitutionAskedAboutByNameOrAliasShowsWhatItOffersOfTheList() {
        long id = twoServicesRecommended(bot);
        String first = ChallengeBot.CATALOG.service("tm-solution-implementation").orElseThrow().name().in("es");
        String second = ChallengeBot.CATALOG.service("ci-process-automation").orElseThrow().name().in("es");

        List<Outbound> both = bot.text("y la unicauca que hace?");
        assertThat(ChallengeBot.all(both)).contains("Universidad del Cauca", "1. " + first, "2. " + second);
        // QA: "como contacto a los de unimayor?" was one tap from how to reach it: its line comes with what it offers
        assertThat(ChallengeBot.all(both)).as("how to reach it comes with it").contains("Universidad del Cauca (Popayán)",
                "https://www.unicauca.edu.co");
        assertThat(ChallengeBot.data(both)).contains(ServiceCommand.data(id, 0), ServiceCommand.data(id, 1));

        assertThat(ChallengeBot.data(both)).as("the list's 👍 / 👎 stay on screen").contains(FeedbackCommand.data(id, true));

        List<Outbound> one = bot.text("¿y el sena?");
        assertThat(ChallengeBot.all(one)).contains("SENA Regional Cauca", "2. " + second).doesNotContain(first);
        assertThat(ChallengeBot.data(one)).contains(ServiceCommand.data(id, 1)).doesNotContain(ServiceCommand.data(id, 0));

        List<Outbound> none = bot.text("qué ofrece comfacauca?");
        assertThat(ChallengeBot.all(none)).contains("no ofrece los servicios de su lista");
        assertThat(ChallengeBot.data(none)).contains(BrowseCommand.data(null), Flow.NEW_CHALLENGE);
        assertThat(bot.state().step()).isEqualTo("challenge.next");
        assertThat(bot.state().get(co.aliada.conversation.ChatState.TOLD_NEED)).isNull();
    }

    /**
     * QA: "how do i contact the FUP" (no question mark) was the general hint to tap a service, and "I want to contact
     * the FUP" an offer of a person from the team: a named institution with a word of reaching it is that institution,
     * its contact with what it offers of the list.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            es | cómo contacto a los de la unicauca
            es | quiero contactar a la unicauca para lo del software
            es | me da el teléfono de la universidad del cauca por favor
            en | how do i contact unicauca
            en | I want to get in touch with the Universidad del Cauca about this
            """)
    void aNamedInstitutionWithAWordOfReachingItIsThatInstitutionsCard(String lang, String typed) {
        // a person asked for at 0.5, as the running bot heard "I want to contact the FUP": below a sure request
        ChallengeBot talk = new ChallengeBot(true, true, (text, l) -> new co.aliada.conversation.Understanding.Intent("talk_to_human", 0.5, true));
        twoServicesRecommended(talk, lang);

        assertThat(ChallengeBot.all(talk.text(typed))).contains("Universidad del Cauca (Popayán)", "https://www.unicauca.edu.co");
        assertThat(talk.state().step()).isEqualTo("challenge.next");
    }

    /**
     * Asked about the list while the classifier heard something else: "¿cómo los contacto?" (a person, so "¿quiere
     * hablar con una persona?"), "qué es el número 2?" and "info on the first one" (erase my data, start over): each
     * is answered from the list.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"talk_to_human, ¿cómo los contacto?, contact",
            "talk_to_human, how do I contact them?, contact", "summary, qué es el número 2?, SENA Regional Cauca",
            "summary, info on the second one, SENA Regional Cauca", "summary, háblame del número 2, SENA Regional Cauca"})
    void aQuestionAboutTheListIsAnsweredFromItWhateverTheClassifierHears(String heard, String typed, String expected) {
        // a person asked for at 0.5, as the running bot heard "¿cómo los contacto?": below a sure request, so it asked first
        double score = "talk_to_human".equals(heard) ? 0.5 : 0.9;
        ChallengeBot leaning = new ChallengeBot(true, true, (text, l) -> new co.aliada.conversation.Understanding.Intent(heard, score, true));
        long id = twoServicesRecommended(leaning);
        leaning.press(ServiceCommand.data(id, 0)); // buttons on screen, as after the list

        String answer = ChallengeBot.all(leaning.text(typed));

        if ("contact".equals(expected)) {
            assertThat(answer).isEqualTo(co.aliada.conversation.TestTexts.texts().get("challenge.next.contact-hint", "es"));
        } else {
            assertThat(answer).startsWith("<b>2. Automatización de procesos</b>").contains(expected);
        }
        assertThat(leaning.state().step()).isEqualTo("challenge.next");
    }

    @Test
    void aCountInAStoryAfterTheListIsNoServicesNumber() {
        ChallengeBot leaning = new ChallengeBot(true, true, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.9, true));
        twoServicesRecommended(leaning);

        leaning.text("tengo 2 tiendas y en ninguna vendo lo suficiente");

        assertThat(leaning.state().step()).isNotEqualTo("challenge.next");
    }

    /** "y el 2?" after the details of the first service started a new challenge named "y el 2?": no button held a 2. */
    @Test
    void theDetailsOfAServiceKeepTheOtherServicesOneTapOrOneNumberAway() {
        long id = twoServicesRecommended();

        List<Outbound> detail = bot.press(ServiceCommand.data(id, 0));
        assertThat(ChallengeBot.data(detail)).contains(ServiceCommand.data(id, 1)).doesNotContain(ServiceCommand.data(id, 0));

        String second = ChallengeBot.all(bot.text("y el 2?"));
        assertThat(second).contains("Automatización de procesos").contains("SENA Regional Cauca");
        assertThat(bot.state().step()).isEqualTo("challenge.next");
    }

    /** After a typed miss the question came back with two buttons only: "el 2" and "Más sobre 1" then opened nothing. */
    @Test
    void theQuestionAskedAgainKeepsTheServicesJustRecommended() {
        long id = twoServicesRecommended();

        List<Outbound> again = bot.text("xyz qwe");

        assertThat(ChallengeBot.data(again)).contains(ServiceCommand.data(id, 0), ServiceCommand.data(id, 1),
                FeedbackCommand.data(id, true), Flow.NEW_CHALLENGE);
        assertThat(ChallengeBot.all(bot.text("cuéntame más del 2"))).contains("Automatización de procesos").contains("SENA Regional Cauca");
        // "escriba su pregunta", and nothing after it: the question on screen again contradicted it
        assertThat(ChallengeBot.all(bot.text("otra pregunta"))).isEqualTo(co.aliada.conversation.TestTexts.texts().get("common.ask-away", "es"));
        assertThat(ChallengeBot.all(bot.text("¿el SENA cobra por eso?"))).startsWith(termsOpening("es")).contains("SENA Regional Cauca");
        assertThat(bot.state().step()).isEqualTo("challenge.next");
    }

    /**
     * "can you give me their phone number?" was classified as a command (asking for my data) and the export was sent;
     * here the journey's own command, the summary, stands for it.
     */
    @Test
    void aQuestionAboutTheListIsAnsweredThoughTheClassifierHearsACommand() {
        ChallengeBot leaning = afterARecommendation("en", new co.aliada.conversation.Understanding.Intent("summary", 0.62, true));

        assertThat(ChallengeBot.all(leaning.text("can you give me their phone number?")))
                .isEqualTo(co.aliada.conversation.TestTexts.texts().get("challenge.next.contact-hint", "en"));
        assertThat(leaning.state().step()).isEqualTo("challenge.next");
    }

    /**
     * QA: "como los contacto" after the 👎 was told to tap "ℹ️ Más sobre…" 👇, and below it stood only the 👎's own
     * buttons: the list's buttons had gone with the answer to the 👎.
     */
    @Test
    void theHintToTapMoreAboutAServiceShowsThoseButtons() {
        long id = twoServicesRecommended();
        bot.press(FeedbackCommand.data(id, false));

        List<Outbound> replies = bot.text("como los contacto");

        assertThat(ChallengeBot.all(replies)).isEqualTo(co.aliada.conversation.TestTexts.texts().get("challenge.next.contact-hint", "es"));
        assertThat(ChallengeBot.data(replies)).contains(ServiceCommand.data(id, 0), ServiceCommand.data(id, 1));
    }

    /** A bot whose classifier hears every text as this intent, standing after a recommendation. */
    private static ChallengeBot afterARecommendation(String lang, co.aliada.conversation.Understanding.Intent heard) {
        return new ChallengeBot(false, false, (text, l) -> heard).at("challenge.next", lang, "commerce", true);
    }

    /** The classifier leans "y el 2?" to a need (0.235): it had become a new challenge named "y el 2?". */
    @Test
    void aNumberWithNoServiceBehindItIsNoNewChallengeWhateverTheClassifierLeansTo() {
        ChallengeBot leaning = afterARecommendation("es", new co.aliada.conversation.Understanding.Intent("challenge", 0.235, false));

        List<Outbound> replies = leaning.text("y el 5?");

        assertThat(leaning.state().step()).isEqualTo("challenge.next");
        assertThat(ChallengeBot.all(replies)).contains("¿Tiene otro reto?").doesNotContain("y el 5");
        leaning.text("no vendo nada");
        assertThat(leaning.state().step()).as("a short need is still one").isNotEqualTo("challenge.next");
    }

    /**
     * "como contacto a la universidad del cauca?" and "cuanto cuesta el servicio de investigacion de mercados?" after a
     * recommendation were noted as a new challenge.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, como contacto a la universidad del cauca?, challenge.next.contact-hint",
            "es, y el numero de telefono del sena?, challenge.next.contact-hint", "en, who offers the first one?, challenge.next.contact-hint",
            "en, how do I contact them, challenge.next.contact-hint",
            // before, asked about the list: taken as a new challenge, and the my-data export for "their phone number"
            "es, cual universidad queda mas cerca de popayan, challenge.next.contact-hint",
            "en, which university is closest to Popayán?, challenge.next.contact-hint",
            "en, can you give me their phone number?, challenge.next.contact-hint",
            "es, cuanto cuesta el servicio de investigacion de mercados?, common.terms",
            "es, y cuánto se demora eso de la marca?, common.terms", "en, how much does the market research one cost?, common.terms",
            // before, "tap an option": a price asked in everyday words
            "es, ¿eso cuesta plata?, common.terms", "es, y eso vale plata?, common.terms", "en, does it cost money?, common.terms"})
    void aQuestionAboutTheServicesShownIsNoNewChallenge(String lang, String typed, String answer) {
        bot.at("challenge.next", lang, "commerce", true);

        List<Outbound> replies = bot.text(typed);

        assertThat(bot.state().step()).isEqualTo("challenge.next");
        assertThat(bot.state().get(co.aliada.conversation.ChatState.TOLD_NEED)).isNull();
        assertThat(ChallengeBot.all(replies)).isEqualTo(co.aliada.conversation.TestTexts.texts().get(answer, lang));
    }

    @Test
    void aChallengeAboutWhatThingsCostIsStillAChallenge() {
        bot.at("challenge.next", "es", "commerce", true);
        String typed = "quiero saber cuanto cuesta producir mi cafe para ponerle precio";

        bot.text(typed);

        assertThat(bot.state().step()).isNotEqualTo("challenge.next");
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    /**
     * A challenge asked as a question is one tap from being the next challenge, never noted unasked: questions with no
     * answer here ("¿eso es presencial o virtual?") were noted as challenges too.
     */
    @Test
    void aChallengeAskedAsAQuestionIsOneTapFromBeingTheNextChallenge() {
        bot.at("challenge.next", "es", "commerce", true);
        String typed = "¿qué servicio me sirve para exportar mi café a Europa?";

        assertThat(ChallengeBot.data(bot.text(typed))).contains("next:new");
        assertThat(bot.state().get(Flow.TEXT)).isNull();
        bot.press("next:new");

        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    @Test
    void storesFeedbackOnlyForTheChatsOwnChallenge() {
        bot.at("challenge.next", "es", "commerce", true);
        long id = save("reto", 2, 2, 2, List.of());

        assertThat(ChallengeBot.all(bot.press(FeedbackCommand.data(id, false)))).contains("Gracias por decirnos");
        assertThat(ChallengeBot.all(bot.command("util 99 1"))).contains("No encontré ese reto");

        assertThat(bot.challenges.feedback).containsExactly(ChallengeBot.CHAT + ":" + id + ":false");
    }

    @Test
    void anotherChallengeStartsAtTheDriversFromAnyStep() {
        bot.at("challenge.impact", "es", "commerce", true);

        List<Outbound> replies = bot.press("/nuevo_reto");

        assertThat(bot.state().step()).isEqualTo("challenge");
        assertThat(ChallengeBot.data(replies)).containsExactly("driver:problem", "driver:technology", "driver:trend", "driver:users");
        assertThat(ChallengeBot.all(replies)).contains("Escribamos un reto").contains("Algo que hoy le duele");
    }

    @Test
    void theNextStepAsksAgainWhenTheInputIsUnexpected() {
        bot.at("challenge.next", "es", "commerce", true);

        List<Outbound> replies = bot.text("mmm");

        assertThat(ChallengeBot.all(replies)).contains("¿Tiene otro reto?");
        assertThat(ChallengeBot.data(replies)).contains("/nuevo_reto", "/resumen fin");
    }
}
