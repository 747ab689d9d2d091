package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;

/** While several chats send hostile input at once, another person completes the onboarding undisturbed. */
class ServingOthersTests {

    private final PrivacyTestStore store = new PrivacyTestStore();
    private final ConversationEngine engine = EngineWithoutSpring.over(store);

    @Test
    void aPersonCompletesTheProfileWhileOtherChatsSendHostileInput() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> attackers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            attackers.add(pool.submit(() -> attack("web:attacker-" + seed, new Random(seed), 250)));
        }
        String chat = "web:customer";
        engine.handle(Inbound.command(chat, "start"));
        List.of("consent:yes", "sector:agribusiness", "size:small").forEach(data -> engine.handle(Inbound.button(chat, data)));
        engine.handle(Inbound.text(chat, "Piendamó"));
        List<Outbound> last = engine.handle(Inbound.button(chat, "company:skip"));

        int answered = 0;
        for (Future<Integer> attacker : attackers) {
            answered += attacker.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        ChatState state = store.load(chat);
        assertThat(state.data()).containsEntry("profile.sector", "agribusiness").containsEntry("profile.municipality", "Piendamó");
        assertThat(last).extracting(Outbound::text).contains(EngineWithoutSpring.TEXTS.get("profile.done", "es"));
        assertThat(answered).isEqualTo(4 * 250);
        assertThat(store.failedTurns.get()).isZero();
    }

    private int attack(String chat, Random random, int inputs) {
        int answered = 0;
        for (int i = 0; i < inputs; i++) {
            String junk = pick(random, HostileInput.MARKUP) + (char) random.nextInt(0x10000) + pick(random, HostileInput.LUCENE);
            Inbound in = switch (random.nextInt(4)) {
                case 0 -> Inbound.text(chat, junk.repeat(1 + random.nextInt(300)));
                case 1 -> Inbound.button(chat, pick(random, HostileInput.FORGED_BUTTONS));
                case 2 -> Inbound.command(chat, pick(random, HostileInput.COMMANDS) + " " + junk);
                default -> Inbound.unsupported(chat, junk);
            };
            answered += engine.handle(in).isEmpty() ? 0 : 1;
        }
        return answered;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
