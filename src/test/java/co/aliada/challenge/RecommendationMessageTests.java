package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import co.aliada.matching.MatchResult;
import org.junit.jupiter.api.Test;

class RecommendationMessageTests {

    private static Turn turn(String lang, boolean consultant) {
        ChatState state = new ChatState("tg:1", lang, "challenge.define", ChatState.Consent.ACCEPTED, Map.of());
        return new Turn(Inbound.text("tg:1", "x"), state, ChallengeBot.TEXTS, Understanding.Intent.NONE,
                name -> consultant && name.equals("asesor"));
    }

    private static Challenge challenge(long id, String hmw) {
        return new Challenge(id, "tg:1", "problem", "texto", hmw, 3, 2, 3, null, List.of(), List.of(), Instant.EPOCH, true);
    }

    /** Three services, each offered by 60 institutions with very long names and contacts full of markup. */
    private static MatchResult crowded() {
        List<MatchResult.Institution> many = IntStream.range(0, 60).mapToObj(i -> new MatchResult.Institution("i" + i,
                "Institución <Universitaria> & Tecnológica del Cauca número " + i + " ".repeat(5) + "x".repeat(300),
                "Santander de Quilichao", "https://example.org/" + i, "contacto" + i + "@example.org?a=1&b=<2>" + "y".repeat(400),
                i % 2 == 0)).toList();
        MatchResult.Pillar pillar = new MatchResult.Pillar("product-development", "Desarrollo <de> producto & más", 0.8);
        List<MatchResult.Service> services = IntStream.range(0, 3).mapToObj(s -> new MatchResult.Service(
                "pd-service-with-a-rather-long-identifier-" + s, "product-development", "Servicio <" + s + "> & diseño " + "z".repeat(200),
                "Resumen con <etiquetas> & símbolos " + "w".repeat(500), 0.9 - s * 0.1, many)).toList();
        return new MatchResult(false, pillar, List.of(pillar), services);
    }

    @Test
    void staysWithinTelegramsLimitsWithManyLongInstitutions() {
        Outbound message = RecommendationMessage.build(turn("es", true), challenge(Long.MAX_VALUE, "¿Cómo podríamos <x> & y?"),
                crowded(), false);

        assertThat(message.text().length()).isLessThanOrEqualTo(4096);
        assertThat(message.text()).contains("más: toque el botón del servicio");
        assertThat(message.buttons()).flatMap(row -> row).allSatisfy(button ->
                assertThat(button.data().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
        assertThat(message.buttons()).flatMap(row -> row).extracting(Outbound.Button::data)
                .contains("/servicio " + Long.MAX_VALUE + " 2", "/util " + Long.MAX_VALUE + " 0");
    }

    /** The header named the best pillar while the first service listed belonged to another one. */
    @Test
    void theHeaderNamesTheFirstServicesPillarWhenItIsNotTheBestOne() {
        MatchResult.Pillar market = new MatchResult.Pillar("market-positioning", "Posicionamiento en el mercado", 0.7);
        MatchResult.Pillar improvement = new MatchResult.Pillar("continuous-improvement", "Mejora continua", 0.6);
        List<MatchResult.Service> services = List.of(
                new MatchResult.Service("ci-operational-processes", "continuous-improvement", "Procesos operativos", "Resumen", 0.9, List.of()),
                new MatchResult.Service("mp-advertising", "market-positioning", "Publicidad", "Resumen", 0.8, List.of()));
        String text = RecommendationMessage.build(turn("es", true), challenge(4, "¿Cómo podríamos vender?"),
                new MatchResult(false, market, List.of(market, improvement), services), false).text();

        assertThat(text).contains("<b>Posicionamiento en el mercado</b> y <b>Mejora continua</b>");

        String same = RecommendationMessage.build(turn("es", true), challenge(4, "¿Cómo podríamos vender?"),
                new MatchResult(false, improvement, List.of(improvement, market), services), false).text();
        assertThat(same).contains("El pilar de servicios que mejor encaja es <b>Mejora continua</b>");
    }

    /** "también quiero exportar mi café" was told the service fit because of «quiero» ("quieren" in its summary). */
    @Test
    void theReasonQuotesTheNeedsWordsNotTheWordsAroundIt() {
        MatchResult.Pillar market = new MatchResult.Pillar("market-positioning", "Posicionamiento en el mercado", 0.7);
        List<MatchResult.Service> services = List.of(new MatchResult.Service("mp-market-research", "market-positioning",
                "Investigación de mercados", "Quiénes son sus clientes, qué quieren y cuánto pagan al exportar", 0.9, List.of()));
        Challenge challenge = new Challenge(5, "tg:1", "problem", "también quiero exportar mi café, cuánto cuesta",
                "¿Cómo podríamos exportar?", 3, 2, 3, null, List.of(), List.of(), Instant.EPOCH, true);

        String text = RecommendationMessage.build(turn("es", true), challenge, new MatchResult(false, market, List.of(market), services),
                false).text();

        assertThat(text).contains("«exportar»").doesNotContain("«quiero»").doesNotContain("«cuánto»");
    }

    @Test
    void escapesCatalogueAndUserValues() {
        String text = RecommendationMessage.build(turn("es", true), challenge(7, "¿Cómo podríamos <x> & y?"), crowded(), false).text();

        assertThat(text).contains("¿Cómo podríamos &lt;x&gt; &amp; y?").contains("Desarrollo &lt;de&gt; producto &amp; más")
                .contains("Servicio &lt;0&gt; &amp; diseño").contains("Resumen con &lt;etiquetas&gt; &amp; símbolos")
                .contains("Institución &lt;Universitaria&gt; &amp; Tecnológica").contains("a=1&amp;b=&lt;2&gt;");
        String withoutOurTags = text.replaceAll("</?(b|i)>", "");
        assertThat(withoutOurTags).doesNotContain("<").doesNotContain(">");
        assertThat(withoutOurTags.replaceAll("&(amp|lt|gt|quot);", "")).doesNotContain("&");
    }

    @Test
    void offersAConsultantInsteadOfGuessingWhenTheMatchIsWeak() {
        Recommender recommender = new Recommender(() -> null, () -> ChallengeBot.CONTENT);
        assertThat(recommender.weak(FakeMatcher.weak())).isTrue();
        assertThat(recommender.weak(MatchResult.nothing())).isTrue();
        assertThat(recommender.weak(FakeMatcher.orders())).isFalse();

        Outbound message = RecommendationMessage.build(turn("es", true), challenge(3, "¿Cómo podríamos vender?"),
                FakeMatcher.weak(), true);

        assertThat(message.text()).contains("No encontré un servicio del catálogo que encaje bien")
                .contains("Un asesor puede revisarlo").doesNotContain("Implementación");
        assertThat(message.buttons()).flatMap(row -> row).extracting(Outbound.Button::data)
                .containsExactly("/nuevo_reto", "/resumen fin", "/asesor weak-match");
    }

    @Test
    void offersNoConsultantButtonWhenThereIsNoConsultantCommand() {
        Outbound message = RecommendationMessage.build(turn("en", false), challenge(3, "How might we sell?"),
                MatchResult.nothing(), true);

        assertThat(message.text()).contains("I'd rather not guess").doesNotContain("advisor");
        assertThat(message.buttons()).flatMap(row -> row).extracting(Outbound.Button::data).doesNotContain("/asesor");
    }

    @Test
    void answersNoneAndWeakMatchesThroughTheJourneyWithTheConsultantOffer() {
        ChallengeBot bot = new ChallengeBot(true);
        bot.matcher.answer = MatchResult.nothing();
        bot.at("challenge.define", "es", "tourism", true);
        var state = bot.state();
        state.put("challenge.draft.driver", "users");
        state.put("challenge.draft.text", "hola buenas tardes como esta usted");
        state.put("challenge.draft.hmw", "¿Cómo podríamos saludar?");
        bot.store.put(state);

        List<Outbound> replies = bot.press("define:ok");

        assertThat(ChallengeBot.all(replies)).contains("prefiero no adivinar");
        assertThat(ChallengeBot.data(replies)).contains("/asesor weak-match");
        assertThat(bot.challenges.all().get(0).services()).isEmpty();
    }

    @Test
    void treatsAMissingMatcherAsNothingFits() {
        ChallengeBot bot = new ChallengeBot(true, false);
        bot.at("challenge.define", "en", "ict", true);
        var state = bot.state();
        state.put("challenge.draft.driver", "technology");
        state.put("challenge.draft.text", "we want to move our servers to the cloud");
        state.put("challenge.draft.hmw", "How might we move our servers to the cloud?");
        bot.store.put(state);

        assertThat(ChallengeBot.all(bot.press("define:ok"))).contains("I'd rather not guess").contains("advisor");
    }
}
