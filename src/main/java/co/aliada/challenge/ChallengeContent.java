package co.aliada.challenge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import co.aliada.content.Bilingual;

/**
 * The challenge content of {@code intents/challenge.yml}: limits, the four innovation drivers with
 * their prompts per sector, and the rules that restate a challenge as "¿Cómo podríamos…?".
 */
public record ChallengeContent(Limits limits, List<Driver> drivers, Map<String, Phrasing> howMightWe, int hmwMaxChars) {

    /** The driver ids, in the order the buttons show them. */
    public static final List<String> DRIVERS = List.of("problem", "technology", "trend", "users");

    public ChallengeContent {
        drivers = List.copyOf(drivers);
        howMightWe = Map.copyOf(howMightWe);
    }

    /** Lengths the steps enforce and the score under which a match is weak. */
    public record Limits(int minWords, int minChars, int maxChars, int maxContextChars, double weakScore) {

        /** Whether a challenge's text (spaces collapsed, as {@code Trim.words} leaves it) says enough to stand alone. */
        boolean longEnough(String text) {
            return text.length() >= minChars && text.split(" ").length >= minWords;
        }
    }

    /**
     * One innovation driver: its name, a line of explanation, prompts by sector then language, and the phrases that
     * name it plainly in a challenge told in words ({@code toldBy}, both languages).
     */
    public record Driver(String id, Bilingual name, Bilingual explain,
                         Map<String, Map<String, List<String>>> prompts, Set<String> toldBy) {

        public Driver {
            toldBy = Set.copyOf(toldBy);
        }

        public List<String> prompts(String sector, String lang) {
            Map<String, List<String>> bySector = prompts.getOrDefault(sector, prompts.get("other"));
            return bySector == null ? List.of() : bySector.getOrDefault(lang, List.of());
        }
    }

    /**
     * How one language restates a challenge: {@code template} ({action}, {who}) for a wish with a verb,
     * {@code otherwise} by driver ({challenge}, {who}) for a statement; {@code breaks} end the short phrase;
     * {@code who} ({who}) names who is affected, taken from a discover answer that, after one of
     * {@code whoLeads}, starts with one of {@code whoStarts} and names one of {@code whoPeople} among its first words
     * (a group, with what {@code whoOf} joins to it: "de la vereda"; after one of {@code whoJoins}, only more people are
     * kept). Which of the person's words the line carries: never {@code leadIns} (greetings and fillers such as "hola
     * buenas", "lo que pasa es que"; those also in {@code leadInsSetOff}, such as "no sé", only when a mark sets them
     * off: "no sé usar las redes" keeps them) nor a self-introduction after one of {@code nameLeads} ("mi nombre es Luz Dary", "me llamo luz dary y…",
     * but not "soy caficultora y…": words of {@code notNames} or {@code whoPeople} say what someone is, not who),
     * the words after one of {@code problemAfter} ("pero", "but") when some come before it, and past a clause that
     * begins with one of {@code sceneStarts} ("tengo un taller") when another follows; a word of {@code spokenForms}
     * is read as written ("pa" is "para"). The lists are optional: empty, nothing is dropped.
     */
    public record Phrasing(String template, Pattern action, List<String> prefixes, Map<String, String> otherwise,
                           List<String> breaks, String who, List<String> whoLeads, List<String> whoStarts,
                           Set<String> whoPeople, List<String> whoJoins, Set<String> leadIns, Set<String> problemAfter,
                           Set<String> sceneStarts, Set<String> whoOf, Set<String> nameLeads,
                           Set<String> leadInsSetOff, Set<String> notNames, Map<String, String> spokenForms) {

        public Phrasing {
            whoPeople = Set.copyOf(whoPeople);
            whoJoins = List.copyOf(whoJoins);
            leadIns = Set.copyOf(leadIns);
            problemAfter = Set.copyOf(problemAfter);
            sceneStarts = Set.copyOf(sceneStarts);
            whoOf = Set.copyOf(whoOf);
            nameLeads = Set.copyOf(nameLeads);
            leadInsSetOff = Set.copyOf(leadInsSetOff);
            notNames = Set.copyOf(notNames);
            spokenForms = Map.copyOf(spokenForms);
        }
    }

    public Driver driver(String id) {
        return drivers.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }
}
