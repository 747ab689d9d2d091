package co.aliada.web;

import static co.aliada.conversation.TestTexts.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.TestTexts;
import co.aliada.onboarding.TestEngine;
import org.junit.jupiter.api.Test;

class TerminalChatTests {

    private final InMemoryChatStore store = new InMemoryChatStore();

    private String talk(String lang, String... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalChat terminal = new TerminalChat(TestEngine.create(store), TestTexts::texts, "cli:test", lang,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        terminal.loop(new BufferedReader(new StringReader(String.join("\n", lines))));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buttonsAreNumberedChoicesAndANumberTapsOne() throws IOException {
        String shown = talk("es", "1");
        assertThat(shown).contains(plain("web.terminal.intro", "es"),
                "   1) " + plain("consent.button.accept", "es"), "   2) " + plain("consent.button.decline", "es"),
                "[" + plain("consent.button.accept", "es") + "]",
                plain("profile.sector.question", "es"), "   1) " + plain("sector.agribusiness", "es"),
                "   7) " + plain("sector.other", "es"));
        assertThat(store.state("cli:test").consent()).isEqualTo(ChatState.Consent.ACCEPTED);
    }

    @Test
    void theWholeProfileCanBeAnsweredByNumbersAndText() throws IOException {
        String shown = talk("en", "1", "3", "2", "Piendamó", "Acme S.A.S.");
        assertThat(shown).contains(plain("profile.size.question", "en"), plain("profile.municipality.question", "en"),
                plain("profile.company.question", "en"), plain("profile.done", "en"));
        assertThat(store.state("cli:test").data()).containsEntry("profile.sector", "ict")
                .containsEntry("profile.size", "small").containsEntry("profile.municipality", "Piendamó")
                .containsEntry("profile.company", "Acme S.A.S.");
    }

    @Test
    void aNumberOutsideTheChoicesIsTextAndGetsAKindAnswer() throws IOException {
        String shown = talk("es", "1", "9");
        assertThat(shown).contains(plain("common.tap-an-option", "es"));
        assertThat(store.state("cli:test").step()).isEqualTo("profile.sector");
    }

    @Test
    void commandsWorkAndSalirLeaves() throws IOException {
        String shown = talk("es", "/ayuda", "/salir", "1");
        assertThat(shown).contains(plain("help.text", "es").lines().findFirst().orElseThrow(),
                plain("web.terminal.bye", "es"));
        assertThat(store.state("cli:test").consent()).isEqualTo(ChatState.Consent.NONE);
    }

    @Test
    void emptyLinesAreIgnored() throws IOException {
        String shown = talk("es", "", "   ", "2");
        assertThat(shown).doesNotContain(plain("common.empty", "es"));
        assertThat(store.state("cli:test").consent()).isEqualTo(ChatState.Consent.DECLINED);
    }
}
