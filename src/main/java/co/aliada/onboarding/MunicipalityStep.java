package co.aliada.onboarding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * Asks the municipality as free text: a place name, not a paragraph nor a number. An answer that names exactly
 * one of Cauca's municipalities among other words ("estamos en popayan, cauca") is that municipality in its own
 * spelling; one that names two is asked which of them, one button each. Answering is voluntary (the consent notice says so):
 * a typed refusal ("prefiero no decirlo") moves on without one rather than keeping the refusal as a place.
 */
final class MunicipalityStep implements Step {

    static final int MAX_LENGTH = 60;
    private static final String KNOWN = "profile.municipality.known";
    /** "jajaja", "jejeje", "hahaha": laughter is no place, whatever its length. */
    private static final Pattern LAUGHTER = Pattern.compile("(?i)(?:[jh][aei]){2,}[jh]?");
    private static final String WITHIN = "profile.municipality.within-words";
    private static final String CONTRACTIONS = "profile.municipality.contractions";
    /** "estamos en", "somos de": words before the place, not part of it ("En Cali" had been kept). */
    private static final String LEADS = "profile.municipality.lead-words";
    /** "en el campo", "en mi casa", "por whatsapp": a kind of place, not a municipality. */
    private static final String KIND_OF_PLACE = "profile.municipality.kind-of-place";
    /** A part of a name this short ("la", "el") names no municipality on its own. */
    private static final int PART_LETTERS = 4;
    /** Small words that stay in lower case inside a place's name ("Santander de Quilichao"). */
    private static final Set<String> JOINING = Set.of("de", "del", "la", "las", "los", "el", "y");

    private final boolean changing;

    MunicipalityStep() {
        this(false);
    }

    /** @param changing asked again to change the answer ({@code /perfil}), not in onboarding's order */
    MunicipalityStep(boolean changing) {
        this.changing = changing;
    }

    @Override
    public String id() {
        return changing ? ProfileChange.MUNICIPALITY : Onboarding.MUNICIPALITY;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    /** A municipality named in an earlier answer of the profile ("una tienda en Timbío"), offered at its question. */
    static final String TOLD = "profile.municipality.told";
    static final String TAKE_TOLD = "municipality:told";
    /** One of two municipalities named in one answer, picked by its button ({@code municipality:is:Timbío}). */
    static final String PICK = "municipality:is:";

    @Override
    public void enter(Turn turn) {
        String question = changing ? "profile.change.municipality.question" : "profile.municipality.question";
        String told = turn.state().get(TOLD);
        String need = turn.state().get(ChatState.TOLD_NEED);
        if (told == null && !changing && need != null) {
            // "I have a coffee farm in Timbío…" as the first message: Timbío is offered here, as an earlier answer's is
            told = named(need, turn).orElse(null);
            turn.state().put(TOLD, told);
        }
        if (told == null) {
            turn.say(question);
            return;
        }
        turn.send(turn.message(question)
                .withButtons(Turn.column(new Outbound.Button(turn.text("profile.municipality.button.told", "municipality", told), TAKE_TOLD))));
    }

    /** Keeps the one municipality an answer before this question names, to offer it there. */
    static void keepTold(Turn turn) {
        Inbound in = turn.inbound();
        if (in.kind() == Inbound.Kind.TEXT && turn.state().get(Onboarding.MUNICIPALITY) == null) {
            named(in.payload(), turn).ifPresent(place -> turn.state().put(TOLD, place));
        }
    }

    @Override
    public boolean expectsText() {
        return true;
    }

    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return goesBack(in, turn); // "volver" here is the size again, not a restart
    }

    private static boolean goesBack(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.oneOf(in.payload(), turn.phrases("profile.municipality.back-words")).isPresent();
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        String told = turn.state().get(TOLD);
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(TAKE_TOLD) && told != null) {
            save(told, turn);
            return;
        }
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(PICK)
                && turn.phrases(KNOWN).contains(in.payload().substring(PICK.length()))) {
            save(in.payload().substring(PICK.length()), turn);
            return;
        }
        if (in.kind() == Inbound.Kind.BUTTON) {
            turn.stalePress();
            return;
        }
        if (told != null && ChoiceMatcher.oneOf(ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words")),
                turn.phrases("common.choice.yes-words")).isPresent()) {
            save(told, turn); // "sí" under 📍 Santander de Quilichao, the place told before: "Necesito solo el nombre…"
            return;
        }
        String name = ChoiceMatcher.afterLead(in.payload().strip().replaceAll("\\s+", " "), turn.phrases(LEADS));
        if (in.kind() == Inbound.Kind.TEXT && declines(name, turn)) {
            turn.state().put(TOLD, null);
            if (changing) {
                turn.state().put(Onboarding.MUNICIPALITY, null); // asked to change it, "prefiero no decirlo" takes it away
                turn.goTo(ProfileChange.DONE);
                return;
            }
            skip(turn);
            return;
        }
        if (goesBack(in, turn)) {
            if (changing) {
                ProfileChange.keep(turn); // no question before this one: the answer stays as it was
                return;
            }
            turn.goTo(Onboarding.SIZE); // "atrás", "me equivoqué" here mean the size just answered, not a place
            return;
        }
        Optional<String> named = in.kind() == Inbound.Kind.TEXT ? named(name, turn) : Optional.empty();
        if (named.isPresent()) {
            save(named.get(), turn);
            return;
        }
        List<String> several = allNamed(name, turn);
        if (several.size() > 1) {
            // "vivo en Popayán pero el negocio es en Timbío" was kept whole as the place: which one, one tap each
            turn.send(turn.message("profile.municipality.which").withButtons(several.stream()
                    .map(place -> List.of(new Outbound.Button(turn.text("profile.municipality.button.told", "municipality", place), PICK + place)))
                    .toList()));
            return;
        }
        if (Courtesy.only(in, turn)) {
            Courtesy.answer(turn); // "buenas tardes" had been kept as the place
            return;
        }
        if (Courtesy.refuses(in, turn)) {
            skip(turn); // "no gracias", "no necesito asesor" had been kept as the place
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.asks(name, turn.phrases("common.choice.question-words"))) {
            // "¿cómo así?", "¿para qué quiere saber eso?": a question names no place (they had been kept as one)
            turn.say("profile.municipality.asked");
            turn.repeatStep();
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && !ChoiceMatcher.mentioned(name, turn.phrases(KIND_OF_PLACE + ".mentions")).isEmpty()) {
            // "en el campo", "en mi casa", "por whatsapp": where the business is, not which municipality; understood, so no miss
            turn.say(KIND_OF_PLACE);
            turn.repeatStep();
            return;
        }
        if (in.kind() != Inbound.Kind.TEXT || !looksLikePlace(name) || laughs(name)
                || ChoiceMatcher.oneOf(name, turn.phrases("profile.municipality.not-places")).isPresent()) {
            turn.say("profile.municipality.invalid", "max", MAX_LENGTH);
            turn.notUnderstood();
            turn.repeatStep();
            return;
        }
        save(spelt(name, turn), turn);
    }

    /**
     * The one known municipality the text names among other words, in its own spelling; none when it names none or
     * two ("Popayán y Timbío"). A name after "barrio" or "vereda" is a place within one ("popayán, barrio bolívar");
     * one after a contraction is found too ("en una vereda del tambo" names El Tambo).
     */
    static Optional<String> named(String text, Turn turn) {
        Optional<String> named = namedAsWritten(text, turn);
        return named.isPresent() ? named : namedAsWritten(apart(text, turn), turn);
    }

    /**
     * The text with Spanish contractions written apart ("vereda del tambo" as "vereda de el tambo"), so that a name
     * that begins with an article (El Tambo) is found after them; the pairs are content ({@value #CONTRACTIONS}).
     */
    private static String apart(String text, Turn turn) {
        String apart = text;
        for (String pair : turn.phrases(CONTRACTIONS)) {
            String[] forms = pair.split("/");
            if (forms.length == 2 && !forms[0].isBlank() && !forms[1].isBlank()) {
                apart = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(forms[0].strip()) + "(?!\\p{L})")
                        .matcher(apart).replaceAll(Matcher.quoteReplacement(forms[1].strip()));
            }
        }
        return apart;
    }

    private static Optional<String> namedAsWritten(String text, Turn turn) {
        Set<String> named = municipalitiesIn(text, turn);
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /** The known municipalities the text names, but for those named as a place within another ("barrio Bolívar"). */
    private static Set<String> municipalitiesIn(String text, Turn turn) {
        Set<String> named = ChoiceMatcher.mentioned(text, turn.phrases(KNOWN));
        if (named.size() > 1) {
            named = named.stream().filter(place -> ChoiceMatcher.mentioned(text, turn.phrases(WITHIN).stream()
                    .map(within -> within + " " + place).collect(Collectors.toSet())).isEmpty()).collect(Collectors.toSet());
        }
        return named;
    }

    /** Every known municipality the text names (as written or with contractions apart), in the order of the list. */
    private static List<String> allNamed(String text, Turn turn) {
        Set<String> named = new java.util.TreeSet<>(municipalitiesIn(text, turn));
        named.addAll(municipalitiesIn(apart(text, turn), turn));
        return List.copyOf(named);
    }

    /** Keeps the municipality; one offered from an earlier answer is then no longer on offer. */
    static void keep(ChatState state, String place) {
        state.put(TOLD, null);
        state.put(Onboarding.MUNICIPALITY, place);
    }

    /** On without a municipality; asked to change it, a refusal keeps the one there is. */
    private void skip(Turn turn) {
        turn.state().put(TOLD, null);
        if (changing) {
            ProfileChange.keep(turn);
            return;
        }
        turn.say("profile.municipality.skipped");
        turn.goTo(Onboarding.COMPANY);
    }

    private void save(String place, Turn turn) {
        keep(turn.state(), place);
        if (changing) {
            turn.goTo(ProfileChange.DONE); // which says the new place back
            return;
        }
        turn.say("profile.municipality.saved", "municipality", Html.escape(place));
        turn.goTo(Onboarding.COMPANY);
    }

    /**
     * A known municipality in its own spelling ("popayan" is Popayán), also when named by a part of its name that no
     * other has ("santander" is Santander de Quilichao, "tambo" El Tambo); any other place as typed, its words
     * capitalised when it was typed all in lower case ("el bordo" is El Bordo).
     */
    private static String spelt(String typed, Turn turn) {
        Set<String> known = turn.phrases(KNOWN);
        Optional<String> same = ChoiceMatcher.oneOf(typed, known);
        if (same.isPresent()) {
            return same.get();
        }
        List<String> within = typed.codePoints().filter(Character::isLetter).count() < PART_LETTERS ? List.of()
                : known.stream().filter(name -> !ChoiceMatcher.mentioned(name, Set.of(typed)).isEmpty()).toList();
        if (within.size() == 1) {
            return within.get(0);
        }
        Optional<String> misspelt = ChoiceMatcher.misspelt(typed, known);
        if (misspelt.isPresent()) {
            return misspelt.get(); // "popallan" is Popayán, said back in the answer so a wrong guess shows
        }
        return typed.equals(typed.toLowerCase(Locale.ROOT)) ? NameCase.of(typed, JOINING, Set.of()) : typed;
    }

    private static boolean declines(String text, Turn turn) {
        return (turn.intent().strong() && turn.intent().is("deny"))
                || ChoiceMatcher.saysOneOf(text, turn.phrases("profile.municipality.skip-words"));
    }

    /** "jajaja", "jejeje", "hahaha": laughter, whatever its length. */
    static boolean laughs(String text) {
        return LAUGHTER.matcher(text).matches();
    }

    static boolean looksLikePlace(String name) {
        return name.length() >= 2 && name.length() <= MAX_LENGTH
                && name.codePoints().filter(Character::isLetter).count() >= 2
                && name.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '.' || c == '\'');
    }
}
