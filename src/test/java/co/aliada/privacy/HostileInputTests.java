package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.constraints.Size;

/** Random sequences of hostile and odd input against the engine, without Spring. */
class HostileInputTests {

    static final AtomicLong TRIED = new AtomicLong();
    static final AtomicLong ESCAPED = new AtomicLong();
    static final AtomicLong FAILED_TURNS = new AtomicLong();
    static final java.util.Set<String> STEPS_REACHED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final PrivacyTestStore store = new PrivacyTestStore();
    private final ConversationEngine engine = EngineWithoutSpring.over(store);
    private final String error = EngineWithoutSpring.TEXTS.get("common.error", "es");
    private final String errorEn = EngineWithoutSpring.TEXTS.get("common.error", "en");

    @Property(tries = 300)
    void everyInputGetsASafeKindReplyAndTheStateStaysLoadable(@ForAll("sequences") List<HostileInput.Action> actions) {
        String chat = "web:fuzz-" + UUID.randomUUID();
        List<Outbound.Button> shown = new ArrayList<>();
        Inbound last = null;
        for (HostileInput.Action action : actions) {
            Inbound in = toInbound(chat, action, shown, last);
            boolean again = in == last;
            List<Outbound> replies = send(in);
            if (again) {
                assertThat(replies).as("a redelivered event is handled once").isEmpty();
                continue;
            }
            assertThat(replies).as("every input gets a reply: %s", action).isNotEmpty();
            for (Outbound reply : replies) {
                assertThat(reply.text()).isNotIn(error, errorEn);
                assertThat(HostileInput.unsafe(reply.text())).as("reply to %s", action).isNull();
            }
            List<Outbound.Button> buttons = replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).toList();
            if (!buttons.isEmpty()) {
                shown.clear();
                shown.addAll(buttons);
            }
            ChatState state = store.load(chat);
            STEPS_REACHED.add(state.step() + "/" + state.consent());
            last = in;
        }
        assertThat(send(Inbound.command(chat, "continuar"))).isNotEmpty()
                .allSatisfy(reply -> assertThat(reply.text()).isNotIn(error, errorEn));
        assertThat(store.failedTurns.get()).isZero();
    }

    @Property(tries = 300)
    void beforeConsentNothingPersonalIsStoredWhateverIsSent(@ForAll("sequences") List<HostileInput.Action> actions) {
        String chat = "web:noconsent-" + UUID.randomUUID();
        List<Outbound.Button> shown = new ArrayList<>();
        for (HostileInput.Action action : actions) {
            Inbound in = toInbound(chat, action, shown, null);
            if (in == null || in.payload().contains("consent:yes") || saysYes(in)) {
                continue; // the inputs that give consent: the button, or a plain yes typed at the question
            }
            List<Outbound> replies = send(in);
            shown.clear();
            replies.forEach(r -> r.buttons().forEach(shown::addAll));
            ChatState state = store.load(chat);
            assertThat(state.consent()).isNotEqualTo(ChatState.Consent.ACCEPTED);
            assertThat(state.data().keySet()).noneMatch(key -> key.startsWith("profile."));
            assertThat(store.transcript(chat)).isEmpty();
        }
    }

    private static boolean saysYes(Inbound in) {
        if (in.kind() != Inbound.Kind.TEXT) {
            return false;
        }
        String typed = java.text.Normalizer.normalize(in.payload(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").strip().toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.of("es", "en")
                .flatMap(lang -> java.util.Arrays.stream(co.aliada.conversation.TestTexts.texts()
                        .get("common.choice.yes-words", lang).split(",")))
                .map(word -> java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "").strip().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(typed::equals) || typed.contains("acepto") || typed.contains("agree");
    }

    @Provide
    Arbitrary<List<HostileInput.Action>> sequences() {
        return HostileInput.actions().list().ofMinSize(1).ofMaxSize(25);
    }

    private List<Outbound> send(Inbound in) {
        TRIED.incrementAndGet();
        try {
            return engine.handle(in);
        } catch (RuntimeException | Error e) {
            ESCAPED.incrementAndGet();
            throw e;
        } finally {
            FAILED_TURNS.set(Math.max(FAILED_TURNS.get(), store.failedTurns.get()));
        }
    }

    private static int events;

    private static Inbound toInbound(String chat, HostileInput.Action action, List<Outbound.Button> shown, Inbound last) {
        Inbound in = switch (action.kind()) {
            case TEXT -> Inbound.text(chat, action.payload());
            case BUTTON -> Inbound.button(chat, action.payload());
            case COMMAND -> Inbound.command(chat, action.payload());
            case UNSUPPORTED -> Inbound.unsupported(chat, action.payload());
            case SHOWN -> shown.isEmpty() ? Inbound.text(chat, "hola")
                    : Inbound.button(chat, shown.get(action.pick() % shown.size()).data());
            // a redelivery before anything was sent is a first message, with an event id of its own
            case AGAIN -> last != null ? last : Inbound.text(chat, "hola");
        };
        return in == last ? in : in.withEventId("e" + (++events));
    }

    @AfterContainer
    static void report() {
        System.out.printf("hostile input (engine): %d inputs tried, %d exceptions escaped, %d turns failed; steps reached %s%n",
                TRIED.get(), ESCAPED.get(), FAILED_TURNS.get(), new java.util.TreeSet<>(STEPS_REACHED));
    }
}
