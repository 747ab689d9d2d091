package co.aliada.onboarding;

import java.util.Optional;
import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.ToldNeed;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;

/** Asks the company's name, which is optional: one tap skips it. */
final class CompanyStep implements Step {

    static final String SKIP = "company:skip";
    /**
     * Leaves the profile without a name when it is asked again to change it: not {@link #SKIP}, whose typed words ("ok",
     * "listo") would take a name away there.
     */
    static final String NONE = "company:none";
    static final int MAX_LENGTH = 80;
    /** A question about the name told with a few words around it; a name that only begins like a question is a name. */
    private static final int QUESTION_WORDS = 8;

    /** How a business with no name is told before more words ("no tenemos nombre, es la finca no más"). */
    private static final String NO_NAME_LEADS = "profile.company.no-name-leads";
    /** A person unsure what to type here ("qué hago aquí", "¿qué pongo?", "what do I write here?"), said in a few words. */
    private static final String UNSURE_WORDS = "profile.company.unsure-words";
    /** Asking why the name is asked ("¿para qué me pregunta el nombre?", "is it required?"). */
    private static final String WHY_WORDS = "profile.company.questions";

    /** Words a name keeps in small letters inside it ("Pan de la Abuela", "House of Coffee"). */
    private static final String SMALL_WORDS = "profile.company.small-words";
    /** The company forms written in capitals ("Café Tambo SAS"). */
    private static final String COMPANY_FORMS = "profile.company.forms";

    private final boolean changing;

    CompanyStep() {
        this(false);
    }

    /** @param changing asked again to change the answer ({@code /perfil}), not in onboarding's order */
    CompanyStep(boolean changing) {
        this.changing = changing;
    }

    @Override
    public String id() {
        return changing ? ProfileChange.COMPANY : Onboarding.COMPANY;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        turn.send(changing
                ? turn.message("profile.change.company.question").withButtons(Turn.column(turn.button("profile.change.company.button.none", NONE)))
                : turn.message("profile.company.question").withButtons(Turn.column(turn.button("profile.company.button.skip", SKIP))));
    }

    @Override
    public boolean expectsText() {
        return true;
    }

    /** "what do I write here?" asks what this question wants, not the bot's help: answered here, with the question again. */
    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && unsure(in.payload(), turn);
    }

    /**
     * Whether the text says the person does not know what to type: those words alone, first ("no entiendo qué debo
     * poner") or asked ("perdón, ¿qué pongo?"); inside a name ("Panadería Cómo Así") they are the name's. "¿Para qué me
     * pregunta el nombre?" asks why instead.
     */
    private static boolean unsure(String typed, Turn turn) {
        Set<String> unsure = turn.phrases(UNSURE_WORDS);
        boolean says = ChoiceMatcher.oneOf(typed, unsure).isPresent() || ChoiceMatcher.leadingWords(typed, unsure) > 0
                || typed.indexOf('?') >= 0 && ChoiceMatcher.saidBriefly(typed, unsure, QUESTION_WORDS).isPresent();
        return says && ChoiceMatcher.wordCount(typed) <= QUESTION_WORDS && !asksWhy(typed, turn);
    }

    private static boolean asksWhy(String typed, Turn turn) {
        return ChoiceMatcher.saidBriefly(typed, turn.phrases(WHY_WORDS), QUESTION_WORDS).isPresent();
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(changing ? NONE : SKIP)
                || in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.begins(in.payload(), turn.phrases(NO_NAME_LEADS))) {
            // "we don't have a name, it's just our farm" had been kept as the name: the button, told with more words
            turn.state().put(Onboarding.COMPANY, null);
            finish(turn);
            return;
        }
        if (in.kind() == Inbound.Kind.BUTTON) {
            turn.stalePress();
            return;
        }
        String name = in.payload().strip().replaceAll("\\s+", " ");
        // "8" (a number meant for a button) or "jajaja" names no business
        if (in.kind() != Inbound.Kind.TEXT || name.isEmpty() || name.length() > MAX_LENGTH
                || name.codePoints().noneMatch(Character::isLetter) || MunicipalityStep.laughs(name)) {
            turn.say("profile.company.invalid", "max", MAX_LENGTH);
            turn.notUnderstood();
            turn.repeatStep();
            return;
        }
        if (unsure(name, turn)) {
            // "que hago aqui" had been kept as the name ("Mucho gusto, Que Hago Aqui."), "what do I write here?" got the
            // bot's help: what is asked, and that it may be skipped
            turn.say(changing ? "profile.change.company.what" : "profile.company.what");
            turn.repeatStep();
            return;
        }
        if (Courtesy.only(in, turn)) {
            Courtesy.answer(turn); // "buenas tardes" had been greeted as the name: "Mucho gusto, Buenas Tardes."
            return;
        }
        if (Courtesy.refuses(in, turn)) {
            // "no gracias", "todavía no tiene nombre": the name is voluntary; asked to change it, the one there is stays
            if (changing) {
                ProfileChange.keep(turn);
                return;
            }
            turn.state().put(Onboarding.COMPANY, null);
            finish(turn);
            return;
        }
        if (name.indexOf('?') >= 0 || name.indexOf('¿') >= 0
                || asksWhy(name, turn)) {
            // "¿para qué me pregunta el nombre?", "es obligatorio?": answered, never kept as the name
            turn.say("profile.company.why");
            turn.repeatStep();
            return;
        }
        if (ChoiceMatcher.begins(name, turn.phrases("profile.company.person-words"))) {
            // "mi nombre es Rosa" is the person's name, which the consent does not cover: not kept
            turn.say("profile.company.person-name");
            turn.repeatStep();
            return;
        }
        Optional<String> place = MunicipalityStep.named(name, turn);
        if (place.isPresent() && !ChoiceMatcher.mentioned(name, turn.phrases("profile.correction-words")).isEmpty()) {
            // "no, soy de Popayán, no de Cali" corrects the answer just given; it is no business name
            turn.state().put(Onboarding.MUNICIPALITY, place.get());
            turn.say("profile.municipality.corrected", "municipality", Html.escape(place.get()));
            turn.repeatStep();
            return;
        }
        if (ChoiceMatcher.begins(name, turn.phrases("profile.company.about-words"))) {
            describes(in, turn); // "soy panadero" was greeted as the name: "Mucho gusto, soy panadero."
            return;
        }
        // "se llama Panadería Doña Rosa" is "Panadería Doña Rosa"; a name that is only such words ("Se Llama") stays whole
        name = ChoiceMatcher.afterLead(name, turn.phrases("profile.company.name-leads"));
        // "Arepas Doña Mary!!" was said back as "Mucho gusto, Arepas Doña Mary!!.": the marks end the message, not the
        // name; a period may end one ("Acme S.A.S.")
        name = capitalized(name.replaceAll("[\\s,;:!¡…]+$", "").replaceAll("^[\\s¡!]+", ""), turn);
        turn.state().put(Onboarding.COMPANY, name);
        if (!changing) {
            turn.say("profile.company.saved", "company", Html.escape(name)); // a change is said back when it is done
        }
        finish(turn);
    }

    /**
     * A name typed all in small letters ("pan de la abuela", as phones without auto-capitals send it) is written as a
     * name is: each word with a capital but the small ones inside it ("Pan de la Abuela"), "sas" as SAS. One with any
     * capital is kept as typed ("iPhone Store", "ACME").
     */
    private static String capitalized(String name, Turn turn) {
        return name.codePoints().anyMatch(Character::isUpperCase) ? name
                : NameCase.of(name, turn.phrases(SMALL_WORDS), turn.phrases(COMPANY_FORMS));
    }

    /**
     * Who the person is or what they do ("soy panadera, hago pan") names no business: asked again. A need told in it
     * ("soy panadera y casi no vendo") is kept for the challenge, as at the other questions, with the way back here.
     */
    private void describes(Inbound in, Turn turn) {
        if (!changing && turn.intent().is(Understanding.NEED) && turn.state().consented()
                && turn.hasCommand(CommandName.NEW_CHALLENGE.spanish())) {
            ToldNeed.keepAndOffer(ToldNeed.of(in.payload(), turn), turn);
            return;
        }
        turn.say("profile.company.not-a-name");
        turn.repeatStep();
    }

    private void finish(Turn turn) {
        if (changing) {
            turn.goTo(ProfileChange.DONE);
            return;
        }
        turn.say("profile.done");
        turn.goTo(Onboarding.AFTER_PROFILE);
    }
}
