package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;

/**
 * Before, a /perfil change made while a request for an advisor was open took the person back to the self-check
 * question they were at: asked again without its answers (an open case refuses them), and a typed "3" went to the
 * advisor with "first close the request". Now the person lands in the case, where what they write is taken: told that
 * it reaches the advisor, with the one way back to the questions; closing the request asks that question again.
 */
class ProfileChangeDuringCaseTests {

    private static final String QUESTION = CaseAtTheSelfCheck.QUESTION;

    private final CaseAtTheSelfCheck fixture = new CaseAtTheSelfCheck();
    private final EscalationHarness h = fixture.h;

    private void atTheSelfCheckWithACaseOpen() {
        fixture.open();
    }

    private String t(String key, Object... values) {
        return h.texts.get(key, "es", values);
    }

    private static List<String> data(List<Outbound> replies) {
        return replies.stream().flatMap(reply -> reply.buttons().stream()).flatMap(List::stream).map(Outbound.Button::data).toList();
    }

    private void landsInTheCase(List<Outbound> replies) {
        List<Outbound> mine = to(USER, replies);
        assertThat(mine).extracting(Outbound::text).as("no question whose answers the case refuses").doesNotContain(t(QUESTION));
        assertThat(mine.get(mine.size() - 1).text()).isEqualTo(t("common.case-open"));
        assertThat(data(mine)).containsExactly("/bot");
        assertThat(h.store.state(USER).step()).as("the question waits where it was").isEqualTo("selfcheck");
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    @Test
    void aChangedAnswerLandsInTheCaseAndClosingItAsksTheQuestionAgain() {
        atTheSelfCheckWithACaseOpen();
        h.send(Inbound.button(USER, "/perfil municipality"));

        List<Outbound> changed = h.send(Inbound.text(USER, "timbio"));

        assertThat(to(USER, changed).get(0).text()).isEqualTo(t("profile.change.municipality.saved", "value", "Timbío"));
        landsInTheCase(changed);
        assertThat(to(GROUP, changed)).as("the consultants hear of the change").isNotEmpty();

        List<Outbound> typed = h.send(Inbound.text(USER, "gracias, eso era"));
        assertThat(to(GROUP, typed)).as("what is written then reaches the advisor").isNotEmpty();

        List<Outbound> back = to(USER, h.send(Inbound.command(USER, "bot")));
        assertThat(back.get(back.size() - 1).text()).isEqualTo(t(QUESTION));
        assertThat(data(back)).contains("sc:L1:0", "sc:L1:4");
    }

    @Test
    void anAnswerKeptOrTheOverviewLeftLandsInTheCaseToo() {
        atTheSelfCheckWithACaseOpen();
        h.send(Inbound.button(USER, "/perfil sector"));

        List<Outbound> kept = h.send(Inbound.text(USER, "cancelar"));
        assertThat(to(USER, kept).get(0).text()).isEqualTo(t("profile.change.kept"));
        landsInTheCase(kept);

        h.send(Inbound.command(USER, "perfil"));
        landsInTheCase(h.send(Inbound.button(USER, "/perfil ok")));
    }
}
