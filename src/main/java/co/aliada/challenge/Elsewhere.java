package co.aliada.challenge;

import java.util.Optional;
import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Turn;

/**
 * "y para Cali?", "and for Cali?", "¿y en Bogotá?" after a list asks whether the services reach a place outside Cauca:
 * it had been offered as a new challenge ("Eso suena a otro reto de su negocio: Cali"), or read as a service of the list
 * whose name begins alike ("calidad"), or "no le entendí" at the menu. The institutions of the catalogue are in Cauca,
 * which the answer says, with a challenge about that place one tap away. Only a place of challenge.elsewhere.places named
 * alone after a lead (challenge.elsewhere.leads) is read so: "quiero vender en Cali" tells a challenge.
 */
final class Elsewhere {

    private Elsewhere() {
    }

    /** The place outside Cauca the text asks about, as listed, if it is such a question. */
    static Optional<String> asked(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT) {
            return Optional.empty();
        }
        Set<String> leads = turn.phrases("challenge.elsewhere.leads");
        String typed = in.payload().replaceAll("[¿?¡!.,]+", " ").strip();
        String place = ChoiceMatcher.withoutLead(ChoiceMatcher.withoutTail(ChoiceMatcher.afterLead(typed, leads),
                turn.phrases("challenge.elsewhere.tail-words")), turn.phrases("challenge.elsewhere.articles"));
        boolean led = ChoiceMatcher.begins(typed, leads) || in.payload().indexOf('?') >= 0;
        return led ? ChoiceMatcher.oneOf(place, turn.phrases("challenge.elsewhere.places")) : Optional.empty();
    }

    /** Says that the institutions are in Cauca, with the ways on after a list. */
    static void answer(Turn turn, String place) {
        turn.send(turn.message("challenge.elsewhere", "place", Html.escape(place))
                .withButtons(WayForward.afterRecommendation(turn, false)));
    }
}
