package co.aliada.onboarding;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Turn;

/**
 * A profile answer corrected in words that carry the new one ("me equivoqué de municipio, es Timbío", "el sector es
 * turismo, no comercio", "somos 12 empleados, no 3"): the new answer is read as its question reads a typed one and taken
 * at once, the old one told beside it ("no Popayán") left out. Before, the question was asked again, or the words were
 * not understood at all. As a {@link Recall}, it takes such a correction wherever a tap is awaited: a text that names
 * one answer (its {@code choice.perfil.<field>.mentions}), tells an old value of it after a word of
 * {@value #NOT_WORDS} and a new one besides.
 */
final class ProfileCorrection implements Recall {

    /** Words after which the old answer is told ("no comercio", "not Popayán", "en vez de 3"), up to the clause's end. */
    static final String NOT_WORDS = "profile.change.not-words";
    /** Words that part the old answer from the new one ("no es Popayán sino Timbío"), as a comma does. */
    static final String BUT_WORDS = "profile.change.but-words";
    /** A correction is told in a few words; a longer text says more (a challenge, an answer). */
    private static final int MAX_WORDS = 12;
    /** A sector told without a no or a mistake before it ("es comercio", "more commerce than tourism") is brief. */
    private static final int BARE_WORDS = 6;
    /** The data of /perfil's buttons, one a field ("/perfil size"): shown, the profile was just asked about. */
    private static final String PROFILE_BUTTON = "/perfil ";
    /** A courtesy before a correction ("perdón", "oops"). */
    private static final String OPENING_WORDS = "common.change-profile.opening-words";
    /** Words that tell an answer was wrong ("me equivoqué", "wrong"). */
    private static final String MISTAKE_WORDS = "common.change-profile.mistake-words";
    private static final Pattern CLAUSES = Pattern.compile("[,;:.!?¿¡\\n]+");

    /** What a text says is right, and the old answer it says is not. */
    record Said(String kept, String old) {
    }

    @Override
    public boolean answer(Inbound in, Turn turn) {
        ChatState state = turn.state();
        if (in.kind() != Inbound.Kind.TEXT || Onboarding.changingProfile(state.step())
                || ChoiceMatcher.wordCount(in.payload()) > MAX_WORDS) {
            return false;
        }
        if (correctsTheSectorJustRead(in, turn)) {
            return true;
        }
        Said said = parted(in.payload(), turn);
        if (said.old().isBlank()) {
            return underTheProfile(in, turn);
        }
        List<String> named = ProfileChange.FIELDS.stream()
                .filter(field -> !ChoiceMatcher.mentioned(in.payload(), turn.phrases("choice.perfil." + field + ".mentions")).isEmpty())
                .toList();
        if (named.size() != 1 || !ProfileChange.changeable(state).contains(named.get(0))) {
            return false;
        }
        String field = named.get(0);
        Optional<String> value = value(turn, field, said.kept());
        // the old answer told must read as one too ("no 3", "not Popayán"): "no tenemos procesos" is no old answer
        if (value.isEmpty() || value(turn, field, said.old()).isEmpty()) {
            return false;
        }
        ProfileChange.take(turn, field, value.get());
        return true;
    }

    /**
     * Under /perfil's "¿Quiere cambiar algo?", a new answer told alone ("somos 12 ahora", "nos pasamos a Timbío") is the
     * change: it had been "Entendido, sin problema" or "toque una de las opciones", and nothing changed. Only where it
     * reads as one field's answer, different from the one kept.
     */
    private static boolean underTheProfile(Inbound in, Turn turn) {
        ChatState state = turn.state();
        if (state.buttonLabel(PROFILE_BUTTON + ProfileChange.FIELDS.get(0)) == null) {
            return false;
        }
        Map<String, String> told = new HashMap<>();
        for (String field : ProfileChange.changeable(state)) {
            value(turn, field, in.payload()).filter(value -> !value.equals(state.get(ProfileChange.KEYS.get(field))))
                    .ifPresent(value -> told.put(field, value));
        }
        if (told.size() != 1) {
            return false;
        }
        Map.Entry<String, String> change = told.entrySet().iterator().next();
        ProfileChange.take(turn, change.getKey(), change.getValue());
        return true;
    }

    /**
     * At the size question, which follows the sector, a text that opens with a no, a mistake or a "perdón" and names
     * another sector ("no, es comercio", "me equivoqué, es comercio", "oops, it's commerce"): the sector, often read from
     * everyday words and said back ("Anoté: 🧳 Turismo"), corrected at once. It had been "toque una de las opciones", or read as a
     * wish for a person. A count there stays the size's ("no, somos 3 en la tienda").
     */
    private static boolean correctsTheSectorJustRead(Inbound in, Turn turn) {
        ChatState state = turn.state();
        String typed = ChoiceMatcher.afterLead(in.payload(), turn.phrases(OPENING_WORDS));
        boolean opens = !typed.equals(in.payload().strip()) || Stream.of("common.choice.no-words", MISTAKE_WORDS)
                .anyMatch(words -> ChoiceMatcher.leadingWords(typed, turn.phrases(words)) > 0);
        String read = state.get(Onboarding.SECTOR);
        // "es comercio", told bare, answers no size: it names the sector meant as plainly as "no, es comercio" does
        if (!Onboarding.SIZE.equals(state.step()) || read == null || !opens && ChoiceMatcher.wordCount(typed) > BARE_WORDS) {
            return false;
        }
        String kept = parted(ChoiceMatcher.afterLead(typed, turn.phrases(MISTAKE_WORDS)), turn).kept();
        // a bare "otro" at the size question says no sector ("otro" what?): told bare, only a named sector corrects it
        Optional<String> sector = value(turn, "sector", kept).or(() -> otherThan(turn, read, kept))
                .filter(value -> !value.equals(read) && (opens || !SectorStep.OTHER.equals(value)));
        if (sector.isEmpty() || value(turn, "size", kept).isPresent()) {
            return false;
        }
        ProfileChange.take(turn, "sector", sector.get());
        return true;
    }

    /**
     * The one other sector words name beside the sector read ("es mas comercio q turismo" against 🧳 Turismo): two named,
     * no sector is read at all, and the one said back is the one the person sets the other against.
     */
    private static Optional<String> otherThan(Turn turn, String read, String words) {
        List<String> others = Onboarding.SECTORS.stream().filter(sector -> !sector.equals(read)).toList();
        return option(turn, words, "sector", List.of(read)).isPresent() ? option(turn, words, "sector", others) : Optional.empty();
    }

    /** The new answer to this field the text tells, the old one beside it left out; none where it tells none. */
    static Optional<String> read(Turn turn, String field, String typed) {
        return value(turn, field, parted(typed, turn).kept());
    }

    /** The answer these words give the field, read as its question reads a typed answer; the name is never read so. */
    private static Optional<String> value(Turn turn, String field, String words) {
        if (words.isBlank()) {
            return Optional.empty();
        }
        return switch (field) {
            case "municipality" -> MunicipalityStep.named(words, turn);
            case "sector" -> option(turn, words, "sector", Onboarding.SECTORS);
            case "size" -> option(turn, words, "size", Onboarding.SIZES);
            default -> Optional.empty();
        };
    }

    /** The option of a question with buttons ({@code sector:tourism}) the words pick, as that question would read them. */
    private static Optional<String> option(Turn turn, String words, String prefix, List<String> options) {
        List<Outbound.Button> buttons = options.stream().map(option -> turn.button(prefix + "." + option, prefix + ":" + option)).toList();
        return ConversationEngine.readAsOneOf(words, turn, buttons).map(button -> button.data().substring(prefix.length() + 1));
    }

    /**
     * The text parted into what it says is right and the old answer: in each clause (cut at punctuation and at
     * {@value #BUT_WORDS}), what follows a word of {@value #NOT_WORDS} is the old answer, what comes before it is kept.
     */
    static Said parted(String typed, Turn turn) {
        Pattern not = pattern(turn, NOT_WORDS);
        Pattern but = pattern(turn, BUT_WORDS);
        StringBuilder kept = new StringBuilder();
        StringBuilder old = new StringBuilder();
        for (String clause : CLAUSES.split(typed)) {
            for (String part : but.split(clause)) {
                Matcher negated = not.matcher(part);
                boolean found = negated.find();
                append(kept, found ? part.substring(0, negated.start()) : part);
                append(old, found ? part.substring(negated.end()) : "");
            }
        }
        return new Said(kept.toString(), old.toString());
    }

    private static void append(StringBuilder to, String part) {
        if (!part.isBlank()) {
            to.append(to.isEmpty() ? "" : ", ").append(part.strip());
        }
    }

    /** The words of a list as one pattern of whole words, the longest first ("no es" before "no"). */
    private static Pattern pattern(Turn turn, String key) {
        return turn.texts().read("pattern:" + key, texts -> Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
                + texts.phrases(key).stream().map(String::strip).filter(word -> !word.isEmpty())
                        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                        .map(word -> Arrays.stream(word.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                        .collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])"));
    }
}
