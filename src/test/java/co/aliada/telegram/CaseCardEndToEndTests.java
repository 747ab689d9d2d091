package co.aliada.telegram;

import static co.aliada.telegram.LiveBot.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The case card (issue 14, point 3) with two consultants and two entrepreneurs, through the Bot API
 * double: human labels from the content files, the challenge being written, and the card edited in
 * place once taken and once closed.
 */
class CaseCardEndToEndTests extends OnTheSharedBot {

    static final long MARIA = 9201;
    static final long JUAN = 9202;

    @Test
    void theCardNamesLevelsAreasAndSizeAndShowsTheChallengeBeingWritten() {
        Person gabi = Desk.onboarded(api, 5601);
        int[] answers = new int[15];
        Arrays.fill(answers, 2);
        JourneyEndToEndTests.selfCheck(gabi, answers);
        gabi.says("/nuevo_reto").awaitsButton("driver:");
        gabi.taps("driver:problem").awaitsText("challenge.build.question");
        gabi.says("Los pedidos se nos pierden entre WhatsApp y el cuaderno de la tienda").awaitsButton("rate:");

        Person desk = new Person(api, GROUP, "es").listens();
        gabi.says("/asesor").awaitsContaining("/bot");
        String card = Desk.plain(desk.awaitsButton("case:take:"));

        assertThat(card).contains("Nivel LATU: general Implementación", "• Inteligencia de la innovación: Implementación",
                        "• Liderazgo: Implementación", "Tamaño: 1 a 10 personas", "Comercio")
                .contains("Retos: \n• ✏️ sin terminar: Los pedidos se nos pierden entre WhatsApp y el cuaderno de la tienda")
                .doesNotContain("implementation", "innovation-intelligence", "leadership", "Retos: —");
    }

    @Test
    void theCardIsEditedToShowWhoTookItAndWhenAndHowItEnded() {
        Person ivan = Desk.onboarded(api, 5602);
        Person julia = Desk.onboarded(api, 5603);
        Person desk = new Person(api, GROUP, "es").listens();
        Desk.groupText(api, MARIA, "María", "/soy María Gómez, Cámara de Comercio del Cauca, asesora");
        desk.awaitsContaining("María Gómez</b>");

        desk.listens();
        ivan.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call ivanCard = desk.awaitsButton("case:take:");
        String ivanCase = Desk.caseId(ivanCard);
        desk.listens();
        julia.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call juliaCard = desk.awaitsButton("case:take:");
        String juliaCase = Desk.caseId(juliaCard);
        assertThat(Desk.plain(ivanCard)).as("the size is known only when given").contains("Tamaño: 1 a 10 personas")
                .contains("Nivel LATU: —", "Retos: —");

        api.pressAs(GROUP, MARIA, "María", "es", "case:take:" + ivanCase);
        String taken = Desk.plain(awaitEdit(ivanCard, "Tomado por"));
        assertThat(taken).startsWith(Desk.plain(ivanCard)).containsPattern(
                "🙋 Tomado por María Gómez \\(asesora, Cámara de Comercio del Cauca\\) · \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");

        // the other consultant, who never said /soy, takes the other case by answering its card
        api.replyInGroup(GROUP, JUAN, "Juan", juliaCard, "Buenas tardes, le ayudo con gusto");
        julia.awaitsContaining("le ayudo con gusto");
        assertThat(Desk.plain(awaitEdit(juliaCard, "Tomado por"))).contains("🙋 Tomado por Juan · ");
        assertThat(api.shownText(ivanCard)).as("each card shows its own case").doesNotContain("Juan");

        desk.listens();
        api.pressAs(GROUP, MARIA, "María", "es", "case:close:" + ivanCase);
        desk.awaitsButton("case:end:" + ivanCase);
        api.pressAs(GROUP, MARIA, "María", "es", "case:end:" + ivanCase + ":referred");
        String closed = Desk.plain(awaitEdit(ivanCard, "Cerrado"));
        assertThat(closed).contains("🙋 Tomado por María Gómez")
                .containsPattern("✅ Cerrado por María Gómez · \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d · 🏛️ Remitido a una institución");

        julia.says("/bot");
        assertThat(Desk.plain(awaitEdit(juliaCard, "volvió al bot"))).contains("🙋 Tomado por Juan", "↩️ Cerrado: la persona volvió al bot");
        assertThat(api.visibleMessageWithButton(GROUP, "case:take:" + juliaCase)).as("no stale buttons on an edited card").isEmpty();
    }

    private static BotApiDouble.Call awaitEdit(BotApiDouble.Call card, String fragment) {
        return api.await(call -> call.is("editMessageText") && call.chatId() == GROUP
                && card.param("message_id").equals(call.param("message_id")) && call.text().contains(fragment), Person.WAIT);
    }
}
