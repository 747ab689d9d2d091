package co.aliada.intent;

import co.aliada.conversation.Understanding;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what the conversation understood: {@code aliada_intents_total{intent}} per recognised intent
 * and {@code aliada_intent_fallbacks_total} when no intent passed the threshold (the text went to the
 * current step as is). Only conversation turns count, not {@code POST /api/intent}.
 */
final class IntentMetrics implements Understanding {

    /** The intents the design promises, shown at zero before their first use. */
    private static final java.util.List<String> STARTING_AT_ZERO = java.util.List.of("greet", "help", "talk_to_human",
            "restart", "continue", "change_language", "thanks", "goodbye", "affirm", "deny", "my_data", "delete_my_data",
            "my_challenges", "summary", "out_of_scope", "challenge");

    private final Understanding understanding;
    private final MeterRegistry registry;

    IntentMetrics(Understanding understanding, MeterRegistry registry) {
        this.understanding = understanding;
        this.registry = registry;
        registry.counter("aliada.intent.fallbacks");
        STARTING_AT_ZERO.forEach(id -> registry.counter("aliada.intents", "intent", id));
    }

    @Override
    public Intent classify(String text, String lang) {
        Intent intent = understanding.classify(text, lang);
        if (intent.recognised()) {
            registry.counter("aliada.intents", "intent", intent.id()).increment();
        } else {
            registry.counter("aliada.intent.fallbacks").increment();
        }
        return intent;
    }

    /** Not counted: a second reading of part of a text already counted once. */
    @Override
    public Intent leaning(String text, String lang) {
        return understanding.leaning(text, lang);
    }

    @Override
    public String writtenIn(String text) {
        return understanding.writtenIn(text);
    }
}
