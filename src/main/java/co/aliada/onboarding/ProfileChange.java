package co.aliada.onboarding;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Html;
import co.aliada.conversation.Turn;

/**
 * Changing one profile answer after it was given ({@code /perfil}): onboarding's own question asked again under a step
 * id of its own, the answer kept under the same key, said back, and the person back at the step they were at.
 */
final class ProfileChange {

    /** Prefix of the change questions' step ids ({@code profile.change.sector}); step ids only, never state keys. */
    static final String STEPS = "profile.change.";
    static final String SECTOR = STEPS + "sector";
    static final String SIZE = STEPS + "size";
    static final String MUNICIPALITY = STEPS + "municipality";
    static final String COMPANY = STEPS + "company";
    static final String ACTIVITY = STEPS + "activity";
    /** Where an answered change question leads: the new answer said back, and back where the person was. */
    static final String DONE = STEPS + "done";

    /** The answers that can be changed, in onboarding's order, by the chat-state key each is kept under. */
    static final Map<String, String> KEYS = Map.of("sector", Onboarding.SECTOR, "size", Onboarding.SIZE,
            "municipality", Onboarding.MUNICIPALITY, "company", Onboarding.COMPANY);
    static final List<String> FIELDS = List.of("sector", "size", "municipality", "company");

    /** The bot's bookkeeping while an answer is changed (not the person's words): where to go back, and which answer. */
    static final String BOOKKEEPING = "profile-change.";
    static final String RETURN = BOOKKEEPING + "return";
    static final String FIELD = BOOKKEEPING + "field";

    private ProfileChange() {
    }

    /**
     * The answers the person can change now: none before consent or the first answer; during onboarding, those already
     * asked (the others are still to come); all four after it.
     */
    static List<String> changeable(ChatState state) {
        if (!state.consented() || state.get(Onboarding.SECTOR) == null) {
            return List.of();
        }
        String at = Onboarding.changingProfile(state.step()) ? state.get(RETURN) : state.step();
        int asked = switch (at == null ? "" : at) {
            case Onboarding.CONSENT, Onboarding.DECLINED, Onboarding.AFTER_CONSENT, Onboarding.SECTOR -> 0;
            case Onboarding.ACTIVITY, Onboarding.SIZE -> 1;
            case Onboarding.MUNICIPALITY -> 2;
            case Onboarding.COMPANY -> 3;
            default -> FIELDS.size();
        };
        return FIELDS.subList(0, asked);
    }

    /** Asks the question that changes this answer, remembering where the person was (unless changing one already). */
    static void start(Turn turn, String field) {
        ChatState state = turn.state();
        if (!Onboarding.changingProfile(state.step())) {
            state.put(RETURN, state.step());
        }
        state.put(FIELD, field);
        turn.goTo(STEPS + field);
    }

    /**
     * Takes a new answer told in words ("el sector es turismo, no comercio"), as its question would have taken it, and
     * says it back; the person then goes back where they were. "Otro" asks what the business does, as its button does.
     */
    static void take(Turn turn, String field, String value) {
        ChatState state = turn.state();
        if (!Onboarding.changingProfile(state.step())) {
            state.put(RETURN, state.step());
        }
        state.put(FIELD, field);
        if (field.equals("municipality")) {
            MunicipalityStep.keep(state, value);
        } else {
            state.put(KEYS.get(field), value);
        }
        // kept as its question keeps it: "Otro" asks what the business does
        turn.goTo(field.equals("sector") && SectorStep.asksTheActivity(state, value) ? ACTIVITY : DONE);
    }

    /** The answer as the person reads it (HTML), or null when there is none. */
    static String shown(Turn turn, String field) {
        String value = turn.state().get(KEYS.get(field));
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "sector" -> SectorLabel.of(turn.state(), turn.texts(), turn.lang());
            case "size" -> turn.texts().has("size." + value) ? turn.text("size." + value) : Html.escape(value);
            default -> Html.escape(value);
        };
    }

    /** Says the changed answer back ("Listo, su sector ahora es …"), then goes back. */
    static void done(Turn turn) {
        String field = turn.state().get(FIELD);
        if (field != null && KEYS.containsKey(field)) {
            String value = shown(turn, field);
            if (value != null) {
                turn.say("profile.change." + field + ".saved", "value", value);
            } else if (turn.texts().has("profile.change." + field + ".removed")) {
                turn.say("profile.change." + field + ".removed");
            }
        }
        back(turn, true);
    }

    /** "Déjelo así" at a change question: nothing changes, and back. */
    static void keep(Turn turn) {
        turn.say("profile.change.kept");
        back(turn, false);
    }

    /** Back to the step the person was at, its question asked again as {@code /continuar} asks it. */
    static void back(Turn turn) {
        back(turn, false);
    }

    private static void back(Turn turn, boolean changed) {
        ChatState state = turn.state();
        String to = state.get(RETURN);
        state.put(RETURN, null);
        state.put(FIELD, null);
        // onboarding asked what a business of "Otro" does: the sector just changed, and "Otro" asked it already
        boolean past = changed && Onboarding.ACTIVITY.equals(to);
        if (past && !turn.questionsWait()) {
            turn.goTo(Onboarding.SIZE);
            return;
        }
        state.step(past ? Onboarding.SIZE : to != null ? to : ConversationEngine.MENU);
        turn.resumeStep(); // the way back to it instead, while a request for an advisor is open
    }
}
