package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import co.aliada.matching.MatchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coming back to an earlier challenge: QA found no way to get its services and contacts again. "los servicios del
 * reto 2" reprinted the summary, "¿quién me podía ayudar con lo del invima?" and "el sena" at the menu were "no le
 * entendí", /mis_retos had no button per challenge, and under /resumen the latest list's "ℹ️ Más sobre 1" read as
 * the first challenge listed above it.
 */
class ChallengeRecallTests {

    /** Higher priority, older: listed first. */
    private static final String ORDERS = "¿Cómo podríamos no perder pedidos?";
    /** Lower priority, newer: listed second. */
    private static final String INVIMA = "¿Cómo podríamos sacar el registro invima de la salsa?";

    private ChallengeBot bot = new ChallengeBot(true);
    private long orders;
    private long invima;

    /** A finished person with two saved challenges, standing at the given step, heard by this classifier. */
    private void twoChallenges(String step, String lang, Understanding heard) {
        bot = new ChallengeBot(true, true, heard);
        bot.at(step, lang, "agribusiness", true);
        orders = save(ORDERS, 3, 3, 3, List.of("tm-solution-implementation", "ci-process-automation"));
        invima = save(INVIMA, 1, 2, 1, List.of("pd-certification", "ci-process-automation"));
        bot.matcher.answer = withCertification();
    }

    private long save(String hmw, int urgency, int feasibility, int impact, List<String> services) {
        long id = bot.challenges.save(new Challenge(0, ChallengeBot.CHAT, "problem", hmw, hmw, urgency, feasibility, impact,
                null, List.of(), List.of(), Instant.EPOCH, true));
        bot.challenges.recommended(id, services, services.stream()
                .map(s -> ChallengeBot.CATALOG.service(s).orElseThrow().name().in("es")).toList());
        return id;
    }

    /** The order-keeping match, with the certification service the SENA offers as well. */
    private static MatchResult withCertification() {
        MatchResult orders = FakeMatcher.orders();
        List<MatchResult.Service> services = new java.util.ArrayList<>(orders.services());
        services.add(new MatchResult.Service("pd-certification", "product-development", "Asesoría en certificación y cumplimiento normativo",
                "Acompañamiento para obtener los registros.", 0.4,
                List.of(FakeMatcher.institution("sena", "SENA Regional Cauca", "cauca@sena.example.org", false))));
        return new MatchResult(false, orders.pillar(), orders.pillars(), services);
    }

    private static String text(String key, String lang, Object... nameValues) {
        return TestTexts.texts().get(key, lang, nameValues);
    }

    @Test
    void myChallengesOffersOneButtonPerChallengeNumberedAsListed() {
        twoChallenges("menu", "es", Understanding.NOTHING);

        List<Outbound> replies = bot.command("mis_retos");

        List<Outbound.Button> buttons = replies.get(0).buttons().stream().flatMap(List::stream).toList();
        assertThat(buttons).startsWith(new Outbound.Button("📋 Reto 1", ChallengeCommand.data(orders)),
                new Outbound.Button("📋 Reto 2", ChallengeCommand.data(invima)));
        assertThat(ChallengeBot.data(replies)).contains("/nuevo_reto", "/resumen");
        assertThat(buttons).allSatisfy(b -> assertThat(b.data().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThan(64));
    }

    @Test
    void aChallengesButtonShowsItsServicesAndWhoOffersThemAgain() {
        twoChallenges("menu", "es", Understanding.NOTHING);

        List<Outbound> shown = bot.press(ChallengeCommand.data(invima));

        assertThat(shown).hasSize(1);
        String message = shown.get(0).text();
        assertThat(message).contains(INVIMA).contains("<b>1. Asesoría en certificación y cumplimiento normativo</b>")
                .contains("<b>2. Automatización de procesos</b>").contains("SENA Regional Cauca")
                .doesNotContain("Implementación de soluciones").contains(text("challenge.rec.footer", "es"));
        assertThat(ChallengeBot.data(shown)).contains(ServiceCommand.data(invima, 0), ServiceCommand.data(invima, 1),
                FeedbackCommand.data(invima, true), DeleteChallengeCommand.data(invima), "/nuevo_reto", "/mis_retos");
        assertThat(bot.state().step()).isEqualTo("menu");
        assertThat(ChallengeBot.all(bot.press(ServiceCommand.data(invima, 0)))).contains("SENA Regional Cauca");
    }

    /** A challenge saved with no service that fitted well is shown as it was answered then: nothing fitted, an advisor first. */
    @Test
    void aChallengeWithNoServicesIsShownAsNothingFittedWell() {
        twoChallenges("menu", "es", Understanding.NOTHING);
        long weak = bot.challenges.save(new Challenge(0, ChallengeBot.CHAT, "problem", "algo raro", "¿Cómo podríamos algo raro?",
                2, 2, 2, null, List.of(), List.of(), Instant.EPOCH, true));

        List<Outbound> shown = bot.press(ChallengeCommand.data(weak));

        assertThat(shown.get(0).text()).contains("¿Cómo podríamos algo raro?").contains(text("challenge.rec.weak.offer", "es"));
        assertThat(ChallengeBot.data(shown)).startsWith("/asesor", DeleteChallengeCommand.data(weak), "/nuevo_reto")
                .noneMatch(d -> d.startsWith("/servicio"));
    }

    /**
     * Typed, whatever the classifier leans to (the running bot heard a summary, or my challenges): the challenge of that
     * number in /mis_retos, at the menu and after a recommendation alike.
     */
    @ParameterizedTest
    @CsvSource({"menu, es, summary, muestreme los servicios del reto 2, 2", "menu, es, challenge, los servicios del reto 2, 2",
            "menu, en, my_challenges, show me the services for challenge 1, 1", "challenge.next, es, summary, y el segundo reto?, 2",
            "challenge.next, es, '', me vuelve a mostrar lo que me recomendó para el reto número 1 por favor, 1",
            "menu, es, '', reto 1, 1"})
    void aChallengeNamedByItsNumberShowsItsListAgain(String step, String lang, String heard, String typed, int n) {
        twoChallenges(step, lang, (t, l) -> heard.isEmpty() ? Understanding.Intent.NONE : new Understanding.Intent(heard, 0.6, true));
        long id = n == 1 ? orders : invima;
        String expected = ChallengeBot.all(bot.press(ChallengeCommand.data(id)));

        List<Outbound> answer = bot.text(typed);

        assertThat(ChallengeBot.all(answer)).isEqualTo(expected).contains(n == 1 ? ORDERS : INVIMA);
        assertThat(ChallengeBot.data(answer)).contains(ServiceCommand.data(id, 0), DeleteChallengeCommand.data(id));
        assertThat(bot.state().step()).isEqualTo(step);
    }

    /** "2" under /mis_retos was the latest list's second service after a recommendation, and the menu's second option at it. */
    @ParameterizedTest
    @CsvSource({"menu, 2", "challenge.next, 2", "challenge.next, el segundo"})
    void aNumberUnderTheChallengesListedPicksThatChallenge(String step, String typed) {
        twoChallenges(step, "es", Understanding.NOTHING);
        String expected = ChallengeBot.all(bot.press(ChallengeCommand.data(invima)));
        bot.command("mis_retos");

        assertThat(ChallengeBot.all(bot.text(typed))).isEqualTo(expected);
    }

    /** Under an earlier challenge's list shown again, "y el 1?" opened the latest list's first service. */
    @Test
    void aServiceNumberUnderAnEarlierListShownAgainIsOfThatList() {
        twoChallenges("challenge.next", "es", Understanding.NOTHING);
        bot.press(ChallengeCommand.data(orders));

        String first = ChallengeBot.all(bot.text("y el 1?"));

        assertThat(first).contains("Implementación de soluciones").doesNotContain("certificación")
                .isEqualTo(ChallengeBot.all(bot.press(ServiceCommand.data(orders, 0))));
    }

    @Test
    void aChallengeNumberBeyondTheSavedOnesSaysHowManyThereAre() {
        twoChallenges("menu", "es", Understanding.NOTHING);

        List<Outbound> replies = bot.text("los servicios del reto 5");

        assertThat(ChallengeBot.all(replies)).isEqualTo(text("challenge.recall.no-such", "es", "n", 5, "count", 2));
        assertThat(ChallengeBot.data(replies)).containsExactly(ChallengeCommand.data(orders), ChallengeCommand.data(invima));
    }

    /** "quiero hacer un segundo reto" is a new one: it is no request for the second saved one, nor to delete one. */
    @Test
    void aNewChallengeNamedByItsOrdinalIsNoneOfTheSavedOnes() {
        twoChallenges("menu", "es", Understanding.NOTHING);

        String answer = ChallengeBot.all(bot.text("quiero hacer un segundo reto"));

        assertThat(answer).doesNotContain(INVIMA).doesNotContain(ORDERS);
    }

    /** At the menu, a question about a service of the lists, by a keyword or its name, shows it from the latest list with it. */
    @ParameterizedTest
    @CsvSource({"es, me recuerda quien me podia ayudar con lo del invima?", "es, quien ofrece asesoria en certificacion",
            "en, who could help me with the invima registration again?"})
    void aQuestionAboutAServiceOfTheListsShowsItAndWhoOffersIt(String lang, String typed) {
        twoChallenges("menu", lang, Understanding.NOTHING);

        List<Outbound> replies = bot.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(text("challenge.recall.service", lang, "hmw", INVIMA));
        assertThat(ChallengeBot.all(replies)).contains("Asesoría en certificación").contains("SENA Regional Cauca");
        assertThat(ChallengeBot.data(replies)).contains(ServiceCommand.data(invima, 1));
        assertThat(bot.state().step()).isEqualTo("menu");
    }

    /** "el sena" at the menu: what it offers of the latest list that has any of it, one tap from each service. */
    @Test
    void anInstitutionNamedAtTheMenuShowsWhatItOffersOfTheLatestListWithIt() {
        twoChallenges("menu", "es", Understanding.NOTHING);

        List<Outbound> replies = bot.text("el sena");

        assertThat(ChallengeBot.all(replies)).contains("SENA Regional Cauca").contains(INVIMA)
                .contains("1. Asesoría en certificación").contains("2. Automatización de procesos");
        assertThat(ChallengeBot.data(replies)).contains(ServiceCommand.data(invima, 0), ServiceCommand.data(invima, 1));

        String none = ChallengeBot.all(bot.text("¿y comfacauca?"));
        assertThat(none).contains("no ofrece los servicios que le recomendé");
        assertThat(ChallengeBot.all(bot.text("¿cuánto cuesta eso?"))).startsWith(text("common.terms", "es"));
    }

    /**
     * "¿el SENA cobra por eso?" at the menu had every institution's terms: that institution's, over what it offers of
     * the latest list with any of it, one tap from each service, with how to reach it. One that offers none of the
     * lists is told so, with its terms and contact.
     */
    @ParameterizedTest
    @CsvSource({"es, ¿el SENA cobra por eso?", "es, el sena cobra?", "es, ¿eso lo cobra el SENA?", "en, does SENA charge for that?",
            "en, is the sena free?"})
    void anInstitutionsChargesAskedAtTheMenuAreItsTermsOverTheLatestListWithIt(String lang, String typed) {
        twoChallenges("menu", lang, Understanding.NOTHING);

        List<Outbound> replies = bot.text(typed);

        String terms = text("challenge.next.institution.terms", lang);
        assertThat(ChallengeBot.all(replies)).startsWith(terms.substring(0, terms.indexOf("{institution}")))
                .contains("SENA Regional Cauca (Popayán)").doesNotContain(text("common.terms", lang));
        assertThat(ChallengeBot.data(replies)).contains(ServiceCommand.data(invima, 0), ServiceCommand.data(invima, 1))
                .doesNotContain(FeedbackCommand.data(invima, true));
        assertThat(bot.state().step()).isEqualTo("menu");
    }

    /** "y para Cali?" at the menu, once lists were shown, had been "no le entendí": the institutions are in Cauca. */
    @ParameterizedTest
    @CsvSource({"es, y para Cali?, Cali", "en, and for Cali?, Cali", "en, what about Bogota?, Bogotá"})
    void aPlaceOutsideCaucaAskedAtTheMenuIsAnsweredAsCoverage(String lang, String typed, String place) {
        twoChallenges("menu", lang, Understanding.NOTHING);

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).isEqualTo(text("challenge.elsewhere", lang, "place", place));
        assertThat(bot.state().step()).isEqualTo("menu");
    }

    /** "does the university charge for that?" names no one institution: every institution's terms; it had been a miss. */
    @ParameterizedTest
    @CsvSource({"en, does the university charge for that?", "en, do the universities charge for it?", "es, ¿la universidad cobra por eso?"})
    void chargesAskedOfNoInstitutionInParticularAreEveryInstitutionsTerms(String lang, String typed) {
        twoChallenges("menu", lang, Understanding.NOTHING);

        assertThat(ChallengeBot.all(bot.text(typed))).startsWith(text("common.terms", lang));
    }

    @Test
    void anInstitutionThatOffersNoneOfTheListsIsToldSoWithItsTerms() {
        twoChallenges("menu", "es", Understanding.NOTHING);

        String answer = ChallengeBot.all(bot.text("¿comfacauca cobra?"));

        String none = text("challenge.next.institution.terms.none", "es");
        assertThat(answer).contains(none.substring(none.indexOf("}") + 1, none.indexOf("{contact}")).strip().split(":")[0]);
    }

    /** Under /resumen, the buttons are the challenges numbered above them, never the latest list's services. */
    @Test
    void theSummaryOffersTheChallengesAsNumberedInIt() {
        twoChallenges("challenge.next", "es", Understanding.NOTHING);
        assertThat(ChallengeBot.data(bot.text("xyz qwe"))).as("the latest list's services on screen").contains(ServiceCommand.data(invima, 0));

        List<Outbound> summary = bot.command("resumen");

        assertThat(summary.get(0).text().indexOf(ORDERS)).isLessThan(summary.get(0).text().indexOf(INVIMA));
        assertThat(summary.get(0).buttons().stream().flatMap(List::stream).map(Outbound.Button::label))
                .containsExactly("📋 Reto 1", "📋 Reto 2");
        assertThat(ChallengeBot.data(summary)).containsExactly(ChallengeCommand.data(orders), ChallengeCommand.data(invima));
    }
}
