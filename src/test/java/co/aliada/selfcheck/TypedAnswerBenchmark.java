package co.aliada.selfcheck;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.TestBot;
import org.junit.jupiter.api.Test;

/**
 * What the engine spends reading a typed answer as one of the buttons on offer (the whole-answer lists, numbers in
 * words, the labels), against a tap, at a self-check question with the shipped texts and no classifier: the turn's
 * own work, without a database or HTTP. Runs only with {@code ./mvnw -B -o -Pbench test -Dtest=TypedAnswerBenchmark};
 * writes its figures to {@code target/bench/typed-answers.txt}.
 */
class TypedAnswerBenchmark {

    private static final int WARMUP = 20_000;
    private static final int TURNS = 20_000;
    private static final String CHAT = "web:bench";

    @Test
    void readsATypedAnswerCheaply() throws IOException {
        InMemoryChatStore store = new InMemoryChatStore();
        SelfCheckResult result = new SelfCheckResult(new SelfCheckHistory(SelfCheckTestDatabase.fresh()), Clock.systemUTC());
        ConversationEngine engine = TestBot.builder().store(store).texts(SelfCheckStepTests.TEXTS)
                .step(new SelfCheckStep(() -> SelfCheckStepTests.CONTENT, result))
                .step(new MenuStep(List.of(new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID)))).engine();
        store.put(new ChatState(CHAT, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        engine.handle(Inbound.button(CHAT, "menu:" + SelfCheckStep.ID));
        ChatState atTheFirstQuestion = store.state(CHAT);
        // each input leaves the chat at the first question: a miss asks it again, an answer is undone before the next
        List<Inbound> inputs = List.of(Inbound.button(CHAT, "sc:L1:2"), Inbound.text(CHAT, "qwerty xyz"),
                Inbound.text(CHAT, "2"), Inbound.text(CHAT, "casi nunca"), Inbound.text(CHAT, "la tercera"));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        StringBuilder report = new StringBuilder(String.format(
                "A turn at a self-check question, shipped texts, no classifier (%d turns each after %d warm-up)%n", TURNS, WARMUP));
        for (Inbound input : inputs) {
            for (int i = 0; i < WARMUP; i++) {
                store.put(atTheFirstQuestion);
                engine.handle(input);
            }
            long[] cpu = new long[TURNS];
            long[] bytes = new long[TURNS];
            for (int i = 0; i < TURNS; i++) {
                store.put(atTheFirstQuestion);
                long startBytes = threads.getCurrentThreadAllocatedBytes();
                long startCpu = threads.getCurrentThreadCpuTime();
                engine.handle(input);
                cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
                bytes[i] = threads.getCurrentThreadAllocatedBytes() - startBytes;
            }
            report.append(String.format("  %-22s CPU p50 %6.1f us, p90 %6.1f us; allocated p50 %7d bytes%n",
                    (input.kind() == Inbound.Kind.BUTTON ? "tap " : "typed ") + input.payload(),
                    quantile(cpu, 0.5) / 1e3, quantile(cpu, 0.9) / 1e3, quantile(bytes, 0.5)));
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/typed-answers.txt"), report.toString());
    }

    private static long quantile(long[] values, double quantile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))];
    }
}
