package co.aliada.challenge;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.aliada.content.SpellingFold;
import co.aliada.conversation.Html;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * A service as lines of Telegram HTML: what the company gets, why it fits (the person's own words
 * that match it), and who offers it as tappable links. An institution's contact is shown only once an
 * admin verified it; until then its website is, and an example address never reaches a person.
 */
final class ServiceLines {

    private static final int WHO_SHOWN = 3;
    private static final int SUMMARY = 160;
    private static final int WHY_WORDS = 3;

    private ServiceLines() {
    }

    /** One short block for the recommendation: name and what they get, why, who (the first few). */
    static List<String> brief(Turn turn, MatchResult.Service service, int n, String said) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("challenge.rec.service", "n", n, "name", esc(service.name(), RecommendationMessage.NAME),
                "summary", esc(service.summary(), SUMMARY)));
        List<String> why = why(said, service, turn.phrases("challenge.rec.why.skip-words"));
        if (!why.isEmpty()) {
            lines.add(turn.text("challenge.rec.why", "words", Html.escape(String.join("», «", why))));
        }
        if (service.institutions().isEmpty()) {
            lines.add(turn.text("challenge.rec.no-institution"));
            return lines;
        }
        List<String> who = service.institutions().stream().limit(WHO_SHOWN).map(ServiceLines::link).toList();
        int more = service.institutions().size() - who.size();
        lines.add(turn.text("challenge.rec.who", "who", String.join(", ", who))
                + (more > 0 ? " " + turn.text("challenge.rec.who.more", "count", more) : ""));
        return lines;
    }

    /** The full block of "ℹ️ More about": every institution with its city and how to reach it. */
    static List<String> of(Turn turn, MatchResult.Service service, int n, boolean detailed) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("challenge.rec.service", "n", n,
                "name", esc(service.name(), RecommendationMessage.NAME),
                "summary", esc(service.summary(), RecommendationMessage.LINE)));
        if (service.institutions().isEmpty()) {
            lines.add(turn.text("challenge.rec.no-institution"));
        }
        for (MatchResult.Institution inst : service.institutions()) {
            lines.add(contact(turn, inst));
        }
        return lines;
    }

    /** One institution with its city and how to reach it ("🏛 Unimayor (Popayán): https://…"). */
    static String contact(Turn turn, MatchResult.Institution inst) {
        String city = inst.city() == null || inst.city().isBlank() ? "" : " (" + esc(inst.city(), 60) + ")";
        String reach = reach(inst);
        // "(sitio web; …)" only beside a website: with no address at all, "contacto por confirmar" says it alone
        return turn.text(trusted(inst) || reach == null ? "challenge.rec.institution" : "challenge.rec.institution.unverified",
                "name", esc(inst.name(), RecommendationMessage.NAME), "city", city,
                "contact", reach == null ? turn.text("challenge.rec.no-contact") : anchor(reach, reach));
    }

    /** The institution's name, linked to its verified contact or else its website. */
    static String link(MatchResult.Institution inst) {
        String reach = reach(inst);
        String name = esc(inst.name(), RecommendationMessage.NAME);
        return reach == null ? name : anchor(reach, name);
    }

    private static boolean trusted(MatchResult.Institution inst) {
        return inst.verified() && web(inst.contact()) != null;
    }

    /** A verified contact, or the website; never an example address. */
    static String reach(MatchResult.Institution inst) {
        if (inst.verified() && inst.contact() != null && !inst.contact().isBlank() && !placeholder(inst.contact())) {
            return inst.contact().strip();
        }
        String site = web(inst.website());
        return site != null && !placeholder(site) ? site : null;
    }

    private static String web(String value) {
        return value != null && value.strip().matches("(?i)https?://\\S+") ? value.strip() : null;
    }

    private static boolean placeholder(String value) {
        try {
            String host = URI.create(value.strip()).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).matches("(.*\\.)?example\\.(org|com|net)");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String anchor(String url, String label) {
        if (web(url) == null) {
            return label.equals(url) ? Html.escape(url) : label + " (" + Html.escape(url) + ")";
        }
        return "<a href=\"" + Html.escape(url) + "\">" + (label.equals(url) ? Html.escape(url) : label) + "</a>";
    }

    /**
     * The person's words (4+ letters) that also begin a word of the service's name or summary, but for the words that
     * say nothing of the need ("quiero" meets "quieren" in a summary, and quoted it as the reason).
     */
    static List<String> why(String said, MatchResult.Service service, Set<String> skip) {
        if (said == null) {
            return List.of();
        }
        Set<String> stems = new LinkedHashSet<>();
        for (String word : SpellingFold.plain(service.name() + " " + service.summary()).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4) {
                stems.add(word.substring(0, Math.min(5, word.length())));
            }
        }
        Set<String> skipped = new HashSet<>();
        skip.forEach(word -> skipped.add(SpellingFold.plain(word)));
        Set<String> found = new LinkedHashSet<>();
        for (String word : said.split("[^\\p{L}\\p{N}]+")) {
            String folded = SpellingFold.plain(word);
            if (folded.length() >= 5 && !skipped.contains(folded) && stems.contains(folded.substring(0, 5)) && found.size() < WHY_WORDS) {
                found.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(found);
    }


    /** Cut first, then escaped, so that an entity is never split. */
    static String esc(String value, int max) {
        return Html.escape(Trim.words(value == null ? "" : value, max));
    }
}
