package co.aliada.onboarding;

import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * Asks the municipality as free text: a place name, not a paragraph nor a number. An answer that names exactly
 * one of Cauca's municipalities among other words ("estamos en popayan, cauca") is that municipality in its own
 * spelling; one that names two is read as any other answer. Answering is voluntary (the consent notice says so):
 * a typed refusal ("prefiero no decirlo") moves on without one rather than keeping the refusal as a place.
 */
final class MunicipalityStep implements Step {

    static final int MAX_LENGTH = 60;
    private static final String KNOWN = "profile.municipality.known";

    @Override
    public String id() {
        return Onboarding.MUNICIPALITY;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        turn.say("profile.municipality.question");
    }

    @Override
    public boolean expectsText() {
        return true;
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON) {
            turn.stalePress();
            return;
        }
        String name = in.payload().strip().replaceAll("\\s+", " ");
        if (in.kind() == Inbound.Kind.TEXT && declines(name, turn)) {
            turn.say("profile.municipality.skipped");
            turn.goTo(Onboarding.COMPANY);
            return;
        }
        Set<String> named = in.kind() == Inbound.Kind.TEXT
                ? ChoiceMatcher.mentioned(name, turn.phrases(KNOWN)) : Set.of();
        if (named.size() == 1) {
            save(named.iterator().next(), turn);
            return;
        }
        if (in.kind() != Inbound.Kind.TEXT || !looksLikePlace(name)) {
            turn.say("profile.municipality.invalid", "max", MAX_LENGTH);
            turn.notUnderstood();
            turn.repeatStep();
            return;
        }
        save(spelt(name, turn), turn);
    }

    private static void save(String place, Turn turn) {
        turn.state().put(Onboarding.MUNICIPALITY, place);
        turn.say("profile.municipality.saved", "municipality", Html.escape(place));
        turn.goTo(Onboarding.COMPANY);
    }

    /** A known municipality in its own spelling ("popayan" is Popayán); any other place as typed. */
    private static String spelt(String typed, Turn turn) {
        return ChoiceMatcher.oneOf(typed, turn.phrases(KNOWN)).orElse(typed);
    }

    private static boolean declines(String text, Turn turn) {
        return (turn.intent().strong() && turn.intent().is("deny"))
                || ChoiceMatcher.saysOneOf(text, turn.phrases("profile.municipality.skip-words"));
    }

    static boolean looksLikePlace(String name) {
        return name.length() >= 2 && name.length() <= MAX_LENGTH
                && name.codePoints().filter(Character::isLetter).count() >= 2
                && name.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '.' || c == '\'');
    }
}
