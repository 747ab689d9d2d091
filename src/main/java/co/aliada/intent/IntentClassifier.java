package co.aliada.intent;

import java.util.function.Supplier;

import co.aliada.conversation.Understanding;

/**
 * The engine's {@link Understanding}: classifies every free text against the live intents.
 * Texts without a letter or a symbol (numbers, punctuation) are left to the step: they never
 * carry an intent, but they may answer a question.
 */
final class IntentClassifier implements Understanding {

    private final Supplier<IntentModel> model;

    IntentClassifier(Supplier<IntentModel> model) {
        this.model = model;
    }

    @Override
    public Intent classify(String text, String lang) {
        Classification result = rank(text, lang);
        return result.intent() == null ? Intent.NONE : new Intent(result.intent(), result.score(), result.strong());
    }

    @Override
    public Intent leaning(String text, String lang) {
        Classification result = rank(text, lang);
        if (result.intent() != null) {
            return new Intent(result.intent(), result.score(), result.strong());
        }
        return result.ranked().isEmpty() ? Intent.NONE
                : new Intent(result.ranked().get(0).intent(), result.ranked().get(0).score(), false);
    }

    @Override
    public Intent runnerUp(String text, String lang) {
        Classification result = rank(text, lang);
        return result.ranked().stream().filter(scored -> !scored.intent().equals(result.intent())).skip(result.intent() == null ? 1 : 0)
                .findFirst().map(scored -> new Intent(scored.intent(), scored.score(), false)).orElse(Intent.NONE);
    }

    @Override
    public String writtenIn(String text) {
        return text == null ? null : model.get().writtenIn(text);
    }

    Classification rank(String text, String lang) {
        if (text == null || text.codePoints().noneMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.OTHER_SYMBOL)) {
            return Classification.NOTHING;
        }
        return model.get().classify(text, lang == null ? "es" : lang);
    }
}
