package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;

/**
 * QA: "quiero hablar con un asesor", then "cancelar", three times, and "/asesor" was refused as over the three a day,
 * though no consultant ever saw those requests (no group). Only requests that reached the consultants count.
 */
class WithdrawnCaseLimitTests {

    /** As the shipped classifier reads them: a request for a person, and "cancelar" leaning to erasing the data. */
    private static final Understanding SHIPPED = (text, lang) -> switch (text) {
        case "quiero hablar con un asesor" -> new Understanding.Intent("talk_to_human", 0.95, true);
        case "cancelar" -> new Understanding.Intent("delete_my_data", 0.48, true);
        default -> Understanding.Intent.NONE;
    };

    private static String limit(EscalationHarness h) {
        return h.texts.get("escalation.limit", "es", "max", 3, "hours", "").substring(0, 20);
    }

    private static long cases(EscalationHarness h) {
        return h.jdbc.queryForObject("select count(*) from escalation_case where chat = ?", Long.class, USER);
    }

    @Test
    void requestsWithdrawnBeforeAnyConsultantSawThemDoNotCountForTheDailyLimit() {
        EscalationHarness h = new EscalationHarness(SHIPPED, false).withProfiledUser(USER);
        for (int i = 0; i < EscalationProperties.defaults().casesPerDay(); i++) {
            h.send(Inbound.text(USER, "quiero hablar con un asesor"));
            assertThat(h.store.state(USER).get(Escalations.OPEN_CASE)).as("request %d open", i + 1).isNotNull();
            h.send(Inbound.text(USER, "cancelar"));
            assertThat(h.store.state(USER).get(Escalations.OPEN_CASE)).as("request %d withdrawn", i + 1).isNull();
        }

        List<Outbound> replies = h.send(Inbound.command(USER, "asesor"));

        assertThat(EscalationHarness.textTo(USER, replies)).doesNotContain(limit(h));
        assertThat(cases(h)).isEqualTo(4);
        assertThat(h.store.state(USER).get(Escalations.OPEN_CASE)).isNotNull();
    }

    /** Requests whose card reached the consultants' group still count, withdrawn or not. */
    @Test
    void requestsTheConsultantsSawStillCount() {
        EscalationHarness h = new EscalationHarness(SHIPPED, true).withProfiledUser(USER);
        for (int i = 0; i < EscalationProperties.defaults().casesPerDay(); i++) {
            h.send(Inbound.text(USER, "quiero hablar con un asesor"));
            h.send(Inbound.text(USER, "cancelar"));
        }

        List<Outbound> replies = h.send(Inbound.command(USER, "asesor"));

        assertThat(EscalationHarness.textTo(USER, replies)).contains(limit(h));
        assertThat(cases(h)).isEqualTo(3);
    }
}
