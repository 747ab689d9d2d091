package co.aliada.escalation;

import java.util.List;
import java.util.function.Function;

import co.aliada.challenge.Challenge;

/** The user's challenges for the case card, highest priority first, as the challenge feature keeps them. */
final class Challenges {

    private final Function<String, List<Line>> source;

    Challenges(Function<String, List<Line>> source) {
        this.source = source;
    }

    /** Reads the challenge feature's store; the card shows the "¿Cómo podríamos…?" statement when there is one. */
    static Challenges from(co.aliada.challenge.Challenges store) {
        return new Challenges(chat -> store.of(chat).stream().sorted(Challenge.BY_PRIORITY)
                .map(c -> new Line(c.howMightWe() != null ? c.howMightWe() : c.text(), c.priority() + "/9",
                        c.serviceNames().isEmpty() ? null : String.join(", ", c.serviceNames())))
                .toList());
    }

    static Challenges none() {
        return new Challenges(chat -> List.of());
    }

    /** One line per challenge: statement, priority, services; empty when there is nothing to show. */
    List<Line> of(String chat) {
        return source.apply(chat);
    }

    record Line(String statement, String priority, String services) {
    }
}
