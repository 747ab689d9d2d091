package co.aliada.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.OnboardingFixture;
import co.aliada.store.ErasedStorage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-memory {@link ChatStore} that behaves like the JDBC one where it matters here: the state is
 * stored as JSON text and read back every turn (so it must stay loadable), the transcript is kept only
 * after consent, event ids are handled once, and a failed turn changes nothing. It is also the two
 * {@link PersonalData} sources of what it stores.
 */
final class PrivacyTestStore implements ChatStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    record Row(String lang, String step, ChatState.Consent consent, String json) {
    }

    final Map<String, Row> rows = new ConcurrentHashMap<>();
    final Map<String, List<TranscriptLine>> transcripts = new ConcurrentHashMap<>();
    private final Set<String> events = new HashSet<>();
    final AtomicLong failedTurns = new AtomicLong();

    /** An engine over this store with the onboarding and the personal-data commands, hearing these texts as "my data". */
    ConversationEngine engineHearingMyData(Set<String> myData) {
        return TestBot.builder().store(this)
                .understanding((text, lang) -> myData.contains(text) ? new Understanding.Intent("my_data", 0.9, true) : Understanding.Intent.NONE)
                .with(OnboardingFixture::install)
                .with(bot -> EngineWithoutSpring.install(bot, new PersonalDataSources(List.of(stateSource(), transcriptSource()),
                        java.time.Clock.systemUTC(), ErasedStorage.NONE)))
                .engine();
    }

    @Override
    public synchronized List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn) {
        if (in.eventId() != null && events.contains(in.eventId())) {
            return List.of();
        }
        Map<String, Row> rowsBefore = Map.copyOf(rows);
        Map<String, List<TranscriptLine>> linesBefore = Map.copyOf(transcripts);
        try {
            TurnResult result = turn.apply(load(in.chat()));
            ChatState state = result.state();
            rows.put(state.chat(), new Row(state.hasLang() ? state.lang() : null, state.step(), state.consent(),
                    JSON.writeValueAsString(state.data())));
            if (state.consented()) {
                transcripts.computeIfAbsent(in.chat(), chat -> new ArrayList<>()).addAll(result.transcript());
            }
            if (in.eventId() != null) {
                events.add(in.eventId());
            }
            return result.replies();
        } catch (RuntimeException e) {
            failedTurns.incrementAndGet(); // rolled back, like the transaction would be
            rows.clear();
            rows.putAll(rowsBefore);
            transcripts.clear();
            transcripts.putAll(linesBefore);
            throw e;
        }
    }

    ChatState load(String chat) {
        Row row = rows.get(chat);
        return row == null ? ChatState.fresh(chat)
                : new ChatState(chat, row.lang(), row.step(), row.consent(), JSON.readValue(row.json(), DATA));
    }

    List<TranscriptLine> transcript(String chat) {
        return transcripts.getOrDefault(chat, List.of());
    }

    /** The state row as a {@link PersonalData} source. */
    PersonalData stateSource() {
        return new PersonalData() {
            public String section() {
                return "profile";
            }

            public Object export(String chat) {
                ChatState state = rows.containsKey(chat) ? load(chat) : null;
                return state == null || !state.consented() && technicalOnly(state) ? Map.of()
                        : Map.of("consent", state.consent().name(), "answers", state.data());
            }

            public void erase(String chat) {
                rows.remove(chat);
            }
        };
    }

    private static boolean technicalOnly(ChatState state) {
        return state.data().keySet().stream().allMatch(key -> key.startsWith("kb.") || key.startsWith("engine.") || key.startsWith("start."));
    }

    /** The transcript as a {@link PersonalData} source. */
    PersonalData transcriptSource() {
        return new PersonalData() {
            public String section() {
                return "conversation";
            }

            public Object export(String chat) {
                return transcript(chat).stream().map(line -> Map.of("fromUser", line.fromUser(), "text", line.text())).toList();
            }

            public void erase(String chat) {
                transcripts.remove(chat);
            }
        };
    }
}
