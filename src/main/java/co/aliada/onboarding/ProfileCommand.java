package co.aliada.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/**
 * {@code /perfil}: the profile's four answers, a button to change each and one to leave them as they are. {@code /perfil
 * sector} asks that one question again, and so does a wish told in words that names it ("me equivoqué de municipio");
 * a wish that tells the new answer too ("me equivoqué de municipio, es Timbío") has it taken at once.
 */
final class ProfileCommand implements Command {

    /** Leaves the profile as it is: back to the question on screen. */
    static final String FINE = "ok";

    @Override
    public List<String> names() {
        return CommandName.PROFILE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        List<String> changeable = ProfileChange.changeable(turn.state());
        if (changeable.isEmpty()) {
            turn.say("profile.change.none");
            if (turn.state().step() == null) {
                turn.goTo(Onboarding.CONSENT); // "/perfil" as a first message: the welcome follows
            } else {
                turn.resumeStep();
            }
            return;
        }
        String wanted = args.strip();
        if (wanted.equalsIgnoreCase(FINE)) {
            if (Onboarding.changingProfile(turn.state().step())) {
                ProfileChange.back(turn);
            } else {
                turn.resumeStep();
            }
            return;
        }
        Inbound in = turn.inbound();
        String field = named(turn, wanted.isEmpty() && in.kind() == Inbound.Kind.TEXT ? in.payload() : wanted);
        if (field != null && changeable.contains(field)) {
            // "me equivoqué de municipio, es Timbío": the new answer told with the wish is taken, not asked for again
            Optional<String> told = wanted.isEmpty() && in.kind() == Inbound.Kind.TEXT
                    ? ProfileCorrection.read(turn, field, in.payload()) : Optional.empty();
            if (told.isPresent()) {
                ProfileChange.take(turn, field, told.get());
            } else {
                ProfileChange.start(turn, field);
            }
            return;
        }
        overview(turn, changeable);
    }

    /** The one answer the words name: its id ({@code sector}), or words of {@code choice.perfil.<field>.mentions}. */
    private static String named(Turn turn, String words) {
        String id = words.toLowerCase(Locale.ROOT);
        if (ProfileChange.FIELDS.contains(id)) {
            return id;
        }
        List<String> named = ProfileChange.FIELDS.stream()
                .filter(field -> !ChoiceMatcher.mentioned(words, turn.phrases("choice.perfil." + field + ".mentions")).isEmpty())
                .toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The four answers (those still to be asked said so), with a button for each that can be changed. */
    private static void overview(Turn turn, List<String> changeable) {
        List<Object> values = new ArrayList<>();
        for (String field : ProfileChange.FIELDS) {
            values.add(field);
            values.add(!changeable.contains(field) ? turn.text("profile.change.pending")
                    : Objects.requireNonNullElse(ProfileChange.shown(turn, field), turn.text("profile.change.empty")));
        }
        List<Outbound.Button> edits = changeable.stream()
                .map(field -> turn.button("profile.change.button." + field, CommandName.PROFILE.slash(field))).toList();
        List<List<Outbound.Button>> rows = new ArrayList<>(Turn.rows(2, edits));
        rows.add(List.of(turn.button("profile.change.button.fine", CommandName.PROFILE.slash(FINE))));
        turn.send(turn.message("profile.change.overview", values.toArray()).withButtons(rows));
    }
}
