package co.aliada.web;

import static co.aliada.conversation.TestTexts.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Drawings;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.onboarding.OnboardingFixture;
import co.aliada.onboarding.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalChatTests {

    private final InMemoryChatStore store = new InMemoryChatStore();
    @TempDir Path files;

    private String talk(String lang, String... lines) throws IOException {
        return talk(TestEngine.create(store), lang, lines);
    }

    private String talk(ConversationEngine engine, String lang, String... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalChat terminal = new TerminalChat(engine, TestTexts::texts, Drawings.NONE, "cli:test", lang,
                new PrintStream(out, true, StandardCharsets.UTF_8), files);
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
        assertThat(shown).contains(plain("common.choice.no-such-number", "es", "number", 9, "highest", 7)); // seven sectors
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
    void onlyTheLastAnswersButtonsAreNumberedSoAnOldNumberTapsNothing() throws IOException {
        // 1 = accept, 3 = third sector, 2 = second size; then the municipality question has no buttons
        String shown = talk("en", "1", "3", "2", "1");
        String afterQuestion = shown.substring(shown.lastIndexOf(plain("profile.municipality.question", "en")));
        assertThat(afterQuestion).doesNotContain("        [").doesNotContain("   1) ");
        assertThat(shown.lines().filter(line -> line.matches("(> )?        \\[.*")).count()).isEqualTo(3);
        assertThat(store.state("cli:test").data()).containsEntry("profile.size", "small");
    }

    @Test
    void attachmentsAreWrittenToTheFolderAndThePathPrinted() throws IOException {
        byte[] json = "{\"chat\":\"cli:test\"}".getBytes(StandardCharsets.UTF_8);
        ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install).command(new Command() {
            @Override
            public List<String> names() {
                return List.of("mis_datos");
            }

            @Override
            public void run(Turn turn, String args) {
                turn.send(Outbound.text(turn.state().chat(), "export")
                        .withDocument(new Outbound.Attachment("mis-datos.json", "application/json", json)));
            }
        }).engine();

        String shown = talk(engine, "es", "/mis_datos");

        assertThat(shown).contains(plain("web.terminal.files", "es", "path", files.toAbsolutePath()));
        try (var written = Files.list(files)) {
            Path file = written.filter(f -> f.getFileName().toString().endsWith("mis-datos.json")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(file)).isEqualTo(json);
            assertThat(shown).contains(plain("web.terminal.document", "es", "file", file.toAbsolutePath()));
        }
    }

    @Test
    void logLinesGoToAFileInTheFolderAndNeverToTheConsole() {
        assertThat(TerminalChat.settings(files)).contains("logging.threshold.console=OFF",
                "logging.file.name=" + files.resolve(TerminalChat.LOG));
    }

    @Test
    void emptyLinesAreIgnored() throws IOException {
        String shown = talk("es", "", "   ", "2");
        assertThat(shown).doesNotContain(plain("common.empty", "es"));
        assertThat(store.state("cli:test").consent()).isEqualTo(ChatState.Consent.DECLINED);
    }
}
