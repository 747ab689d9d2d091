package co.aliada.telegram;

import static co.aliada.telegram.LiveBot.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The case transcript (issue 14, point 4) with two consultants and two entrepreneurs, through the Bot
 * API double: everything said, by whom, in order, with the cases' events, compact.
 */
class CaseTranscriptEndToEndTests extends OnTheSharedBot {

    static final long MARIA = 9201;
    static final long JUAN = 9202;

    @Test
    void theTranscriptHasTheConsultantsRepliesTheCaseEventsAndCompactAnswers() {
        Person kike = new Person(api, 5501, "es");
        JourneyEndToEndTests.onboard(kike, "commerce", "Popayán");
        BotApiDouble.Call first = kike.awaitsButton("sc:");
        kike.taps(JourneyEndToEndTests.option(first, 0));
        BotApiDouble.Call second = kike.awaits(call -> call != first && call.text().contains("Pregunta 2 de"));
        kike.taps(JourneyEndToEndTests.option(second, 0));
        kike.awaits(call -> call.text().contains("Pregunta 3 de"));
        Person lola = new Person(api, 5502, "es");
        JourneyEndToEndTests.onboard(lola, "ict", "Piendamó");
        lola.awaitsButton("sc:");

        Person desk = new Person(api, GROUP, "es").listens();
        Desk.groupText(api, MARIA, "María", "/soy María Gómez, Cámara de Comercio del Cauca, asesora");
        desk.awaitsContaining("María Gómez</b>");
        desk.listens();
        kike.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call card = desk.awaitsButton("case:take:");
        String id = card.buttonData().get(0).substring("case:take:".length());
        desk.listens();
        lola.says("/asesor").awaitsContaining("/bot");
        desk.awaitsButton("case:take:");
        lola.says("Un secreto de Lola para su asesor");
        desk.awaitsContaining("secreto de Lola");

        api.pressAs(GROUP, MARIA, "María", "es", "case:take:" + id);
        kike.awaitsContaining("tomó su caso");
        api.replyInGroup(GROUP, MARIA, "María", card, "Hola Kike, soy María; cuénteme");
        kike.awaitsContaining("Hola Kike");
        api.enqueue(UpdateJson.message(5501).from(5501, "Kike", "es").photo("foto del cuaderno de pedidos"));
        desk.awaitsContaining("foto del cuaderno de pedidos");
        desk.listens();
        api.replyInGroup(GROUP, JUAN, "Juan", card, "Le escribe Juan, de la gobernación");
        desk.awaitsButton("case:reassign:" + id);
        api.pressAs(GROUP, JUAN, "Juan", "es", "case:reassign:" + id);
        kike.awaitsContaining("Le escribe Juan");
        api.pressAs(GROUP, JUAN, "Juan", "es", "case:close:" + id);
        desk.awaitsButton("case:end:" + id);
        api.pressAs(GROUP, JUAN, "Juan", "es", "case:end:" + id + ":resolved");
        kike.awaitsButton("caserate:" + id);
        kike.taps("caserate:" + id + ":3").awaitsText("consultants.user.rated");

        desk.listens();
        kike.says("/asesor").awaitsContaining("/bot");
        BotApiDouble.Call file = desk.awaits(call -> call.is("sendDocument"));
        String transcript = new String(file.file("document"), StandardCharsets.UTF_8);

        assertThat(transcript).contains("María Gómez (equipo asesor): Hola Kike, soy María; cuénteme",
                        "Juan (equipo asesor): Le escribe Juan, de la gobernación",
                        "── Caso #caso-" + id + " abierto: pidió un asesor (/asesor) ──",
                        "── María Gómez tomó el caso #caso-" + id + " ──",
                        "── Juan pasó a atender el caso #caso-" + id + " ──",
                        "── Caso #caso-" + id + " cerrado: ✅ Resuelto (Juan) ──",
                        "Usuario: (photo: foto del cuaderno de pedidos)", "Usuario: [👍 Me sirvió]")
                .doesNotContain("caserate:", "[case:", "secreto de Lola", "2️⃣", "5️⃣");
        String answered = transcript.lines().filter(line -> line.contains("Pregunta 1 de 15")).findFirst().orElseThrow();
        assertThat(answered).as("a question and its answer on one line").contains(" → 1️⃣ ");
        assertThat(transcript.lines().filter(line -> line.contains("Pregunta 1 de 15"))).hasSize(1);
        assertThat(transcript.indexOf("Hola Kike")).isLessThan(transcript.indexOf("foto del cuaderno"));
        assertThat(transcript.indexOf("foto del cuaderno")).isLessThan(transcript.indexOf("pasó a atender"));
        assertThat(transcript.indexOf("pasó a atender")).isLessThan(transcript.indexOf("cerrado: ✅ Resuelto"));
    }
}
