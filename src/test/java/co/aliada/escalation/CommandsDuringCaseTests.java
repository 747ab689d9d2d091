package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;

/**
 * Before, /idioma, /ayuda's way to it and an unknown command, typed while a request for an advisor was open at a
 * self-check question, asked that question again without its answers (the open case refuses them): the person was
 * stuck. Now, after the command's own answer, they are told that what they write reaches the advisor, with the one way
 * back to the questions, as /perfil does meanwhile; closing the request asks the question again.
 */
class CommandsDuringCaseTests {

    private static final String QUESTION = CaseAtTheSelfCheck.QUESTION;

    private final CaseAtTheSelfCheck fixture = new CaseAtTheSelfCheck();
    private final EscalationHarness h = fixture.h;

    private void atTheSelfCheckWithACaseOpen() {
        fixture.open();
    }

    private String t(String key, String lang) {
        return h.texts.get(key, lang);
    }

    private static List<String> data(List<Outbound> replies) {
        return replies.stream().flatMap(reply -> reply.buttons().stream()).flatMap(List::stream).map(Outbound.Button::data).toList();
    }

    /** The command's answer, then where what they write goes, with /bot under it; no question without its answers. */
    private void toldTheCaseWaits(List<Outbound> replies, String lang) {
        List<Outbound> mine = to(USER, replies);
        assertThat(mine).extracting(Outbound::text).as("no question whose answers the case refuses").doesNotContain(t(QUESTION, lang));
        assertThat(mine.get(mine.size() - 1).text()).isEqualTo(t("common.case-open", lang));
        assertThat(mine.get(mine.size() - 1).buttons()).containsExactly(List.of(new Outbound.Button(t("escalation.button.back-to-bot", lang), "/bot")));
        assertThat(h.store.state(USER).step()).isEqualTo("selfcheck");
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    @Test
    void aLanguageChosenIsFollowedByTheCaseNotTheQuestionWithoutAnswers() {
        atTheSelfCheckWithACaseOpen();

        List<Outbound> changed = h.send(Inbound.command(USER, "idioma en"));

        assertThat(to(USER, changed).get(0).text()).isEqualTo(t("language.changed", "en"));
        toldTheCaseWaits(changed, "en");

        List<Outbound> back = to(USER, h.send(Inbound.command(USER, "bot")));
        assertThat(back.get(back.size() - 1).text()).isEqualTo(t(QUESTION, "en"));
        assertThat(data(back)).contains("sc:L1:0", "sc:L1:4");
    }

    @Test
    void theHelpSaysWhereWhatIsWrittenGoesAndOffersNoWayItRefuses() {
        atTheSelfCheckWithACaseOpen();

        List<Outbound> help = h.send(Inbound.command(USER, "ayuda"));

        assertThat(to(USER, help).get(0).text()).isEqualTo(t("help.text", "es"));
        assertThat(data(to(USER, help).subList(0, 1))).as("the help's own ways that work meanwhile")
                .contains("/idioma").doesNotContain("/continuar", "/reiniciar", "/asesor");
        toldTheCaseWaits(help, "es");
    }

    @Test
    void anUnknownCommandToo() {
        atTheSelfCheckWithACaseOpen();

        List<Outbound> unknown = h.send(Inbound.command(USER, "foo"));

        assertThat(to(USER, unknown).get(0).text()).isEqualTo(h.texts.get("common.unknown-command", "es", "command", "foo"));
        toldTheCaseWaits(unknown, "es");
    }

    @Test
    void withNoCaseOpenTheQuestionComesAgainWithItsAnswers() {
        h.store.put(new ChatState(USER, "es", "selfcheck", ChatState.Consent.ACCEPTED, Map.of(
                "profile.sector", "agribusiness", "profile.size", "micro", "profile.municipality", "Popayán")));

        List<Outbound> changed = to(USER, h.send(Inbound.command(USER, "idioma en")));

        assertThat(changed.get(changed.size() - 1).text()).isEqualTo(t(QUESTION, "en"));
        assertThat(data(changed)).contains("sc:L1:0", "sc:L1:4");
    }
}
