package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Institution;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * "el sena cobra?", "¿eso lo cobra el SENA?", "does SENA charge?" after a list asks what that institution's services
 * of the list cost: they had shown its details as "¿y el SENA?" does, with no word on the cost, and "¿el SENA cobra por
 * eso?" the terms of every service. The catalogue keeps no prices or durations: each service's terms are agreed with
 * the institution, so the answer says so for it, over the services of the list it offers and how to reach it.
 */
final class InstitutionTerms {

    private InstitutionTerms() {
    }

    /** The institution whose charges a text asks about (challenge.next.charge-words, or a terms question), if any. */
    static Optional<Institution> asked(Inbound in, Turn turn, Catalog catalog) {
        if (in.kind() != Inbound.Kind.TEXT || catalog == null) {
            return Optional.empty();
        }
        String text = in.payload();
        if (ChoiceMatcher.mentioned(text, turn.phrases("challenge.next.charge-words")).isEmpty()
                && ChoiceMatcher.mentioned(text, turn.phrases("common.terms.questions")).isEmpty()) {
            return Optional.empty();
        }
        return InstitutionOffer.askedAbout(text, turn, catalog);
    }

    /**
     * The terms for that institution over what it offers of the list shown, or that it offers none of it; with the list's
     * 👍 / 👎 where it was just shown ({@code rated}), not where it is recalled from the menu.
     */
    static void answer(Turn turn, Institution institution, Challenge shown, ServiceNames names, boolean rated) {
        MatchResult.Institution who = MatchResult.Institution.of(institution);
        List<List<Outbound.Button>> rows = new ArrayList<>();
        if (!InstitutionOffer.offersAny(institution, shown)) {
            rows.add(List.of(turn.button("challenge.next.button.browse", BrowseCommand.data(null))));
            rows.addAll(WayForward.afterRecommendation(turn, false));
            turn.send(turn.message("challenge.next.institution.terms.none", "institution", ServiceLines.link(who),
                    "contact", ServiceLines.contact(turn, who)).withButtons(rows));
            return;
        }
        InstitutionOffer offer = InstitutionOffer.of(turn, institution, shown, names);
        rows.addAll(offer.rows());
        if (rated) {
            rows.add(FeedbackCommand.row(turn, shown.id()));
        }
        rows.addAll(WayForward.afterRecommendation(turn, false));
        turn.send(turn.message("challenge.next.institution.terms", "institution", ServiceLines.link(who), "services", offer.text(),
                "contact", ServiceLines.contact(turn, who)).withButtons(rows));
    }
}
