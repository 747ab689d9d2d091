package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Html;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/** A service as lines of Telegram HTML: its name and summary, then each institution and how to reach it. */
final class ServiceLines {

    private ServiceLines() {
    }

    /** @param detailed whether to add each institution's website beside its contact */
    static List<String> of(Turn turn, MatchResult.Service service, int n, boolean detailed) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("challenge.rec.service", "n", n,
                "name", esc(service.name(), RecommendationMessage.NAME),
                "summary", esc(service.summary(), RecommendationMessage.LINE)));
        if (service.institutions().isEmpty()) {
            lines.add(turn.text("challenge.rec.no-institution"));
        }
        for (MatchResult.Institution inst : service.institutions()) {
            String city = inst.city() == null || inst.city().isBlank() ? "" : " (" + esc(inst.city(), 60) + ")";
            String contact = inst.contact() != null && !inst.contact().isBlank() ? inst.contact() : inst.website();
            if (detailed && inst.website() != null && !inst.website().isBlank() && !inst.website().equals(contact)) {
                contact = (contact == null ? "" : contact + " · ") + inst.website();
            }
            lines.add(turn.text(inst.verified() ? "challenge.rec.institution" : "challenge.rec.institution.unverified",
                    "name", esc(inst.name(), RecommendationMessage.NAME), "city", city,
                    "contact", contact == null || contact.isBlank() ? turn.text("challenge.rec.no-contact")
                            : esc(contact, RecommendationMessage.LINE)));
        }
        return lines;
    }

    /** Cut first, then escaped, so that an entity is never split. */
    static String esc(String value, int max) {
        return Html.escape(Trim.words(value == null ? "" : value, max));
    }
}
