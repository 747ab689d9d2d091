package co.aliada.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel-agnostic heart of the bot: an {@link Inbound} in, the {@link Outbound} replies out.
 * Commands work at every step; free text is first understood as an intent, then given to the step
 * that expects it. Each turn is committed by the {@link ChatStore} before its replies are returned.
 * Turns of one chat run one at a time, in order; different chats run in parallel.
 */
public final class ConversationEngine {

    /** Where every conversation starts. */
    public static final String START = "start";
    /** Where a finished or lost conversation lands. */
    public static final String MENU = "menu";

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
    private static final int MAX_TEXT = 4096;
    private static final String MISSES = ChatState.ENGINE + "misses";
    /**
     * A request for a person this sure ("quiero hablar con un asesor" 0.87, "humano" 0.62) opens a case even where a
     * question waits; a vaguer one ("alguien" 0.48) is asked about first, since a case reaches the consultants at once.
     */
    private static final double SURE_REQUEST = 0.6;
    /**
     * How sure a need told at a question must be: answers told in one's own words lean to a need faintly ("los
     * empleados no proponen nada", 0.31, at "do your workers suggest ideas?"), needs told plainly clearly ("no tengo
     * clientes", 0.53); below this the question's own rules answer, unless the text is long (a need told with words
     * around it is diluted: "la verdad no tengo clientes, eso es lo que me preocupa", 0.38). At the menu any need counts.
     */
    private static final double NEED_AT_A_QUESTION = 0.4;
    private static final int NEED_WORDS = 8;
    /**
     * A doubt or a wish to stop told with a few words around it ("la verdad no sé", "gotta go, a customer came in")
     * is still that; a longer text says more.
     */
    private static final int BRIEF_WORDS = 6;
    /** A wish to go on to one's challenge is said in a few words; a longer text ending so ("…y ese es mi problema") tells one. */
    private static final int WISH_WORDS = 10;
    /**
     * Despair about the business told without any wish to die ("estoy desesperada, me van a quitar el local"): a word of
     * comfort, then, where it tells this many words besides, the text is a need. Never the crisis lines: see
     * {@link #despairs}.
     */
    private static final String DESPAIR = "safety.despair.mentions";
    private static final int DESPAIR_NEED_WORDS = 3;
    /**
     * A need told after the opening greeting of a first message with this many words is one described, read by what it
     * leans to even under the classifier's threshold; see {@link #beyondTheGreeting}.
     */
    private static final int DESCRIBED_NEED_WORDS = 8;
    /** A text this short that leans to a request is that request or nothing ("urgente", "un asesor"), never a challenge's wording. */
    private static final int REQUEST_WORDS = 3;
    /** "una pregunta" announces one: only nearly alone ("una pregunta: ¿quién ve mis respuestas?" is that question). */
    private static final String ASK_AWAY = "common.ask-away";
    /** Texts said as they are to the questions listed under their key's {@code .questions}; see {@link #plainAnswer}. */
    private static final String WHO_SEES = "common.who-sees";
    private static final String UPSET = "common.upset";
    private static final String TERMS = "common.terms";
    private static final List<String> PLAIN_ANSWERS = List.of("common.about-bot", WHO_SEES, TERMS, UPSET,
            ASK_AWAY, "common.contact", "common.email");
    /** Wishes to change a profile answer ("me equivoqué de sector"); see {@link #wishesAProfileChange}. */
    private static final String CHANGE_PROFILE = "common.change-profile.questions";
    /** Whole answers that ask for the profile itself ("mi perfil"): /perfil, never the export of one's data. */
    private static final String PROFILE_WORDS = "common.profile.words";
    /** What tells a wish to change a profile answer as a correction of a wrong one ("me equivoqué", "puse mal"). */
    private static final String CHANGE_PROFILE_MISTAKES = "common.change-profile.mistake-words";
    /** Courtesies that may open a correction ("perdón, puse mal el municipio…"). */
    private static final String CHANGE_PROFILE_OPENINGS = "common.change-profile.opening-words";
    /** A correction told with a sentence around it is still one; a longer message tells more (a challenge). */
    private static final int CORRECTION_WORDS = 12;
    /** Whole messages no intent is read from ("otro", "otra"); see {@link #turn}. */
    private static final String NOT_REQUESTS = "intent.not-requests";
    /** Whole wishes for Spanish and for English ("no hablo inglés", "I don't speak Spanish"); see {@link #wishesALanguage}. */
    /** Set once the chat was offered the language it was written in (see {@link #offerTheWrittenLanguage}). */
    private static final String LANGUAGE_OFFERED = ChatState.ENGINE + "language-offered";
    /** Fewer words than this do not tell a language well enough to offer it ("ok", "no sé", "gracias"). */
    private static final int LANGUAGE_OFFER_WORDS = 4;
    private static final List<String> LANGUAGE_WISHES = List.of("language.wish.es.words", "language.wish.en.words");
    private static final Map<String, String> INTENT_SMALL_TALK = Map.of(
            "greet", "common.greet-back", "thanks", "common.thanks-back", "goodbye", "common.goodbye",
            Understanding.OFF_TOPIC, "intent.out-of-scope");

    private final ChatStore store;
    private final Supplier<Texts> texts;
    private final Understanding understanding;
    private final Map<String, Step> steps = new HashMap<>();
    private final Map<String, Command> commands = new HashMap<>();
    private final List<Interceptor> interceptors;
    private final List<Recall> recalls;
    private TurnObserver observer = TurnObserver.NONE;
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public ConversationEngine(ChatStore store, Supplier<Texts> texts, Understanding understanding,
                              List<Step> steps, List<Command> commands) {
        this(store, texts, understanding, steps, commands, List.of());
    }

    public ConversationEngine(ChatStore store, Supplier<Texts> texts, Understanding understanding,
                              List<Step> steps, List<Command> commands, List<Interceptor> interceptors) {
        this(store, texts, understanding, steps, commands, interceptors, List.of());
    }

    public ConversationEngine(ChatStore store, Supplier<Texts> texts, Understanding understanding, List<Step> steps,
                              List<Command> commands, List<Interceptor> interceptors, List<Recall> recalls) {
        this.store = store;
        this.interceptors = List.copyOf(interceptors);
        this.recalls = List.copyOf(recalls);
        this.texts = texts;
        this.understanding = understanding;
        steps.forEach(step -> this.steps.put(step.id(), step));
        commands.forEach(command -> command.names().forEach(name -> this.commands.put(name, command)));
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** Reports every turn to this observer (metrics). */
    public ConversationEngine observedBy(TurnObserver turnObserver) {
        this.observer = turnObserver;
        return this;
    }

    /**
     * Handles one input and returns what to send; never throws for bad input. Throws
     * {@link StoreUnavailableException} when the database did not answer: the input was not handled.
     */
    public List<Outbound> handle(Inbound in) {
        return handle(in, lang -> { });
    }

    /**
     * As {@link #handle(Inbound)}, and tells {@code language} the chat's language as the turn left it, so that
     * a channel need not read it back from the store; not called when no turn ran (an event handled already).
     */
    public List<Outbound> handle(Inbound in, java.util.function.Consumer<String> language) {
        long start = System.nanoTime();
        boolean failed = false;
        ReentrantLock lock = stripes[Math.floorMod(in.chat().hashCode(), stripes.length)];
        lock.lock();
        try {
            return store.inTurn(in, state -> {
                ChatStore.TurnResult result = turn(in, state);
                language.accept(state.lang());
                return result;
            });
        } catch (StoreUnavailableException e) {
            // nothing was changed and nothing is regretted: the channel leaves the input unconfirmed
            failed = true;
            throw e;
        } catch (RuntimeException e) {
            failed = true;
            // classes and place only: an exception's message may quote the person's words (a value too long, a query)
            log.error("turn failed in chat {} ({} input): {}", LogSafe.chat(in.chat()), in.kind(), LogSafe.failure(e));
            String lang = Texts.language(in.langHint());
            return List.of(Outbound.text(in.chat(), texts.get().get("common.error", lang)));
        } finally {
            lock.unlock();
            observer.turnHandled(in.kind(), System.nanoTime() - start, failed);
        }
    }

    public boolean hasStep(String id) {
        return steps.containsKey(id);
    }

    public boolean hasCommand(String name) {
        return commands.containsKey(name);
    }

    private ChatStore.TurnResult turn(Inbound in, ChatState state) {
        // what the person writes tells their language better than the phone's or the browser's setting: on the first
        // message, and until the consent question is answered ("👋" first, then "hello?" is still a first word)
        String written = in.kind() == Inbound.Kind.TEXT && (!state.hasLang() || state.consent() == ChatState.Consent.NONE)
                ? understanding.writtenIn(in.payload()) : null;
        if (written != null) {
            state.lang(written);
        } else if (!state.hasLang()) {
            state.lang(in.langHint());
        }
        // a lone "otro" or "otra" asks for nothing, though "otro idioma" and "otra vez" hold it: the question takes it
        Understanding.Intent intent = in.kind() == Inbound.Kind.TEXT && !in.payload().isBlank()
                && !ChoiceMatcher.saysOneOf(in.payload(), texts.get().phrases(NOT_REQUESTS))
                ? beyondTheGreeting(in.payload(), understanding.classify(in.payload(), state.lang()), state)
                : Understanding.Intent.NONE;
        boolean despairs = despairs(in, texts.get());
        if (despairs && (!intent.strong() || intent.is(Understanding.NEED)) && despairsOfANeed(in.payload(), texts.get())) {
            // "ya no puedo más con este negocio, las deudas me ahogan" (read as a refusal) is a challenge told in pain
            intent = new Understanding.Intent(Understanding.NEED,
                    Math.max(intent.is(Understanding.NEED) ? intent.score() : 0, NEED_AT_A_QUESTION), intent.strong());
        }
        Turn turn = new Turn(in, state, texts.get(), intent, commands::containsKey);
        turn.despairs(despairs);
        turn.withheldBy(() -> withheld(turn));
        String labelOfPress = state.buttonLabel(in.payload());
        String stepBefore = state.step();
        String langBefore = state.lang();
        boolean resent = Resent.again(in, state);
        boolean intercepted = dispatch(in, turn);
        settle(turn);
        Resent.remember(in, state, resent || !java.util.Objects.equals(stepBefore, state.step()));
        if (!intercepted) {
            wayForward(turn);
        }
        interceptors.forEach(interceptor -> interceptor.afterTurn(turn));
        withhold(turn);
        countMisses(turn);
        if (java.util.Objects.equals(langBefore, state.lang())) {
            // "can we do this in spanish" switched to Spanish: offering English back, for its English words, undid it
            offerTheWrittenLanguage(in, turn);
        }
        List<Outbound> replies = List.copyOf(turn.replies());
        rememberKeyboard(state, replies, turn, java.util.Objects.equals(stepBefore, state.step()));
        String said = in.kind() == Inbound.Kind.BUTTON ? (labelOfPress != null ? labelOfPress : null)
                : in.kind() == Inbound.Kind.COMMAND ? "/" + in.payload() : in.payload();
        return new ChatStore.TurnResult(state, replies, transcript(in, labelOfPress, replies), said);
    }

    /**
     * "hello" set English, then "tengo una tienda de ropa en popayan" and every later message in Spanish went on being
     * answered in English: once a chat, a message of a few words plainly written in the other language gets, in that
     * language, an offer to switch with one tap. Offered, not done: a bilingual person may mix.
     */
    private void offerTheWrittenLanguage(Inbound in, Turn turn) {
        ChatState state = turn.state();
        if (in.kind() != Inbound.Kind.TEXT || state.consent() == ChatState.Consent.NONE || state.get(LANGUAGE_OFFERED) != null
                || !commands.containsKey(CommandName.LANGUAGE.spanish()) || ChoiceMatcher.wordCount(in.payload()) < LANGUAGE_OFFER_WORDS
                || in.payload().length() > MAX_TEXT) {
            return;
        }
        String written = understanding.writtenIn(in.payload());
        if (written == null || written.equals(state.lang())) {
            return;
        }
        state.put(LANGUAGE_OFFERED, "true");
        turn.send(Outbound.text(state.chat(), turn.texts().get("language.offer", written)).withButtons(Turn.column(
                new Outbound.Button(turn.texts().get("language.offer.button", written), CommandName.LANGUAGE.slash(written)))));
    }

    /**
     * A greeting that opens a longer message ("hola buenos días, tejemos mochilas y queremos vender afuera") is not
     * what the message is about: where the words after its first clause tell a need, the need is the intent. The
     * greeting had won (or, before consent, left the whole under every threshold), and a challenge told in a first
     * message was neither said back nor kept.
     */
    private Understanding.Intent beyondTheGreeting(String typed, Understanding.Intent whole, ChatState state) {
        boolean opensTheChat = state.consent() == ChatState.Consent.NONE && !whole.recognised();
        if (!whole.is("greet") && !opensTheChat || ChoiceMatcher.wordCount(typed) <= BRIEF_WORDS) {
            return whole;
        }
        int cut = typed.indexOf(',') >= 0 ? typed.indexOf(',') : typed.indexOf('.');
        // greetings in a row ("hola, buenas tardes, cómo está? tenemos una panadería…") are all left out; else the first clause
        String unGreeted = ToldNeed.withoutGreetings(typed, texts.get().phrases(ToldNeed.GREETINGS));
        boolean greeted = !unGreeted.equals(typed.strip());
        if (cut < 0 && !greeted) {
            return whole;
        }
        String after = greeted ? unGreeted : typed.substring(cut + 1);
        Understanding.Intent rest = understanding.classify(after, state.lang());
        if (!rest.recognised() && state.consent() == ChatState.Consent.NONE
                && ChoiceMatcher.wordCount(after) >= DESCRIBED_NEED_WORDS) {
            // before consent a need described at length is held, and only held: "tenemos un cultivo de fresas en Sotará
            // y se nos pudre la cosecha" leans to a need under every threshold (0.2), "¿esto tiene algún costo o es
            // gratis?" to a question about the bot, small talk to the greeting or a goodbye
            rest = understanding.leaning(after, state.lang());
        }
        return rest.is(Understanding.NEED) ? rest : whole;
    }

    /**
     * Whether the text tells of despair ("estoy desesperado", "las deudas me ahogan", "I'm desperate") without the words
     * of a life in danger, which the crisis lines answer first.
     */
    private static boolean despairs(Inbound in, Texts texts) {
        // the despair words first: most texts name none, and the crisis list is then never read
        return in.kind() == Inbound.Kind.TEXT && in.payload().length() <= MAX_TEXT
                && !ChoiceMatcher.mentioned(in.payload(), texts.phrases(DESPAIR)).isEmpty()
                && ChoiceMatcher.mentioned(in.payload(), texts.phrases("safety.crisis.mentions")).isEmpty();
    }

    /**
     * Whether despair is told with what befalls the business besides ("…, me van a quitar el local"), not alone: a few
     * words more than the longest despair named (a second one counts: "ya no puedo más con este negocio, las deudas me
     * ahogan" tells the debts).
     */
    private static boolean despairsOfANeed(String typed, Texts texts) {
        int despair = ChoiceMatcher.mentioned(typed, texts.phrases(DESPAIR)).stream().mapToInt(ChoiceMatcher::wordCount).max().orElse(0);
        return ChoiceMatcher.wordCount(typed) - despair >= DESPAIR_NEED_WORDS;
    }

    /**
     * What a chat's first input may do before the welcome: a command ("/idioma", "/privacidad"), the button of one
     * (the language question's, which a first "/idioma" shows) or a typed wish for another language ("in English
     * please"), so that the welcome comes in the language chosen.
     */
    private boolean answeredBeforeTheWelcome(Inbound in, Turn turn) {
        Inbound command = in.asCommand();
        return command != null ? commands.containsKey(command.commandName())
                : in.kind() == Inbound.Kind.TEXT && (asksFor(turn.intent(), CommandName.LANGUAGE) || wishesALanguage(in.payload(), false, turn));
    }

    /**
     * "no hablo inglés", "I don't speak Spanish", "hablo español": a wish for a language told in a few words, whatever the
     * classifier leans to (a refusal, for the first). Where a text is asked for, only as the whole message: "no hablo
     * inglés y pierdo clientes" is a challenge's wording.
     */
    private boolean wishesALanguage(String typed, boolean expectsText, Turn turn) {
        if (!commands.containsKey(CommandName.LANGUAGE.spanish())) {
            return false;
        }
        for (String key : LANGUAGE_WISHES) {
            Set<String> wishes = turn.phrases(key);
            if (expectsText ? ChoiceMatcher.saysOneOf(typed, wishes) : ChoiceMatcher.saidBriefly(typed, wishes, BRIEF_WORDS).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The name of the command an understood intent runs ("borren mis datos" runs borrar_datos), or null. */
    private static String commandFor(Understanding.Intent intent) {
        return intent.recognised() ? CommandName.forIntent(intent.id()).map(CommandName::spanish).orElse(null) : null;
    }

    /** Whether the understood intent is the one that runs this command ("en inglés, por favor" runs /idioma). */
    private static boolean asksFor(Understanding.Intent intent, CommandName command) {
        return intent.recognised() && CommandName.forIntent(intent.id()).filter(command::equals).isPresent();
    }

    /** Returns whether an interceptor took the input (then the bot stays out of the way). */
    private boolean dispatch(Inbound in, Turn turn) {
        ChatState state = turn.state();
        NeedAside.carry(in, state);
        for (Interceptor interceptor : interceptors) {
            if (interceptor.intercept(in, turn)) {
                return true;
            }
        }
        if (in.edited()) {
            return true; // a correction is worth passing on in a case; to the bot's own questions the first answer stands
        }
        if (in.kind() == Inbound.Kind.TEXT && tellsOfDistress(in, turn)) {
            // "me quiero morir": before any question, welcome or challenge, where to get help; nothing of it is kept as an answer
            turn.send(turn.message("safety.crisis").withButtons(state.consented()
                    ? Turn.column(turn.button("common.button.human", CommandName.ADVISOR.slash())) : List.of()));
            return true;
        }
        if (state.step() != null) {
            turn.comfort(); // the welcome says it after its greeting
        }
        if (state.step() == null && !answeredBeforeTheWelcome(in, turn)) {
            turn.goTo(START);
            List<String> asked = in.kind() == Inbound.Kind.TEXT && in.payload().indexOf('?') >= 0 && steps.containsKey(START)
                    ? plainAnswers(in, steps.get(START), turn) : List.of();
            if (!asked.isEmpty()) {
                // "hola, ¿esto tiene algún costo?": the welcome and the consent question, then the answer; the question
                // had been lost under the welcome
                settle(turn);
                asked.forEach(turn::say);
            }
            return false;
        }
        switch (in.kind()) {
            case COMMAND -> runCommand(in.commandName(), in.commandArgs(), turn);
            case BUTTON -> {
                Inbound asCommand = in.asCommand();
                if (asCommand != null) {
                    runCommand(asCommand.commandName(), asCommand.commandArgs(), turn);
                } else if (!MENU.equals(state.step()) && steps.get(MENU) instanceof MenuStep menu
                        && menu.offers(in.payload()) && steps.containsKey(in.payload().substring(MenuStep.GO.length()))) {
                    turn.goTo(in.payload().substring(MenuStep.GO.length())); // a menu button offered away from the menu
                } else {
                    currentStep(state).handle(in, turn);
                }
            }
            case UNSUPPORTED -> {
                // media a channel could pass on reach a consultant inside a case: say how to get there
                boolean passable = in.media() != null && turn.hasCommand(CommandName.ADVISOR.names().get(0));
                turn.say(passable ? "desk.media-outside-case" : "common.unsupported");
                turn.repeatStep();
            }
            case TEXT -> handleText(in, turn);
        }
        return false;
    }

    /**
     * Every reply leaves a live way forward: when nothing this turn said carries buttons (a command's
     * answer such as /privacidad, thanks for feedback) and the step waits for a tap, the buttons the step
     * still accepts go with the last message again; at the menu, or with none live, the menu's. A need offered aside
     * after the answer does not count: the step's buttons go with the answer above it.
     */
    private void wayForward(Turn turn) {
        ChatState state = turn.state();
        List<Outbound> replies = turn.replies();
        int last = -1;
        for (int i = 0; i < replies.size(); i++) {
            Outbound reply = replies.get(i);
            if (reply.chat().equals(state.chat()) && !NeedAside.isOffer(reply, state)) {
                if (!reply.buttons().isEmpty()) {
                    return;
                }
                last = i;
            }
        }
        Step step = currentStep(state);
        if (last < 0 || step.expectsText()) {
            return;
        }
        List<Outbound.Button> live = MENU.equals(state.step()) ? List.of() : Keyboard.buttons(state);
        List<List<Outbound.Button>> rows;
        List<List<Outbound.Button>> asShown = live.isEmpty() ? List.of() : Keyboard.rows(state);
        if (!asShown.isEmpty()) {
            rows = asShown; // as they were: "¿eso cuánto vale?" had laid the list's buttons out again one to a row
        } else if (!live.isEmpty()) {
            boolean narrow = live.size() > 6 || live.stream().anyMatch(b -> b.label().length() > 18);
            rows = Turn.rows(narrow ? 1 : 2, live);
        } else if (beforeConsent(state)) {
            // after the data is erased: the menu's ways lead to the consent question, so offer it, not them
            rows = Turn.column(turn.button("common.button.start", CommandName.START.slash()));
        } else if (steps.get(MENU) instanceof MenuStep menu) {
            rows = Turn.rows(1, menu.buttons(turn));
        } else {
            return;
        }
        replies.set(last, replies.get(last).withButtons(rows));
    }

    /** What the features that own the chat for a while (an open request for an advisor) refuse now. */
    private Withheld withheld(Turn turn) {
        Withheld all = Withheld.NONE;
        for (Interceptor interceptor : interceptors) {
            all = all.and(interceptor.withheld(turn));
        }
        return all;
    }

    /**
     * Leaves out of the replies the buttons a tap on which would be refused now ("➕ Otro reto" under /mis_retos while a
     * request for an advisor is open: tapped, it said "first close the request"), with what to do instead in their
     * place. The yes and no of the question just asked stay: a question is never left with one answer.
     */
    private static void withhold(Turn turn) {
        List<Outbound> replies = turn.replies();
        Withheld withheld = null;
        for (int i = 0; i < replies.size(); i++) {
            Outbound reply = replies.get(i);
            if (!reply.chat().equals(turn.state().chat()) || reply.buttons().isEmpty()) {
                continue;
            }
            if (withheld == null) {
                withheld = turn.withheld();
            }
            List<List<Outbound.Button>> rows = new ArrayList<>();
            boolean left = false;
            for (List<Outbound.Button> row : reply.buttons()) {
                Withheld refusing = withheld;
                List<Outbound.Button> kept = row.stream().filter(button -> button.equals(turn.yes()) || button.equals(turn.no())
                        || !refusing.refuses(button.data())).toList();
                left |= kept.size() < row.size();
                if (!kept.isEmpty()) {
                    rows.add(kept);
                }
            }
            if (!left) {
                continue;
            }
            Outbound.Button instead = withheld.instead();
            if (instead != null && rows.stream().flatMap(List::stream).noneMatch(b -> b.data().equals(instead.data()))) {
                rows.add(List.of(instead));
            }
            replies.set(i, reply.withButtons(rows));
        }
    }

    private void handleText(Inbound in, Turn turn) {
        Step step = currentStep(turn.state());
        Understanding.Intent intent = turn.intent();
        if (in.payload().isBlank()) {
            turn.say("common.empty");
            turn.repeatStep();
            return;
        }
        if (turn.state().consented() && Resent.again(in, turn.state())) {
            // a challenge sent twice on a weak signal reached the rating as its answer: "toque una de las opciones", a miss
            turn.say("common.resent");
            turn.repeatStep();
            return;
        }
        if (wishesALanguage(in.payload(), step.expectsText(), turn)) {
            // the language command reads which one from the same words; it answers in it and asks the question again
            runCommand(CommandName.LANGUAGE.spanish(), "", turn);
            return;
        }
        if (turn.despairs() && (intent.is(Understanding.NEED) || !intent.strong())) {
            // comforted already: a need told in despair is kept as one told plainly is, never read as an option ("shop"
            // is no 🛒 Comercio here); despair alone is no miss, and the question comes again
            if (!intent.is(Understanding.NEED)) {
                turn.repeatStep();
            } else if (tellsANeed(step, Keyboard.buttons(turn.state()), turn)) {
                keepToldNeed(in, turn);
            } else {
                step.handle(in, turn);
            }
            return;
        }
        // the buttons on offer, read once: the turn's step does not change them before it handles the text
        List<Outbound.Button> live = Keyboard.buttons(turn.state());
        ChoiceMatcher matcher = matcher(turn, live); // the same buttons' words for every reading of the text below
        if (holdsOffTheIrreversible(in, turn)) {
            // "no wait dont, keep it", "cancelar" at "¿Seguro que quiere borrar todos sus datos?" had paused the questions
            // ("what you answered is kept": was anything erased?) or asked for the tap that erases: it is that question's no
            press(in, Keyboard.no(turn.state()).data(), turn);
            return;
        }
        if (bareYesToTheIrreversible(in, turn)) {
            Outbound.Button yes = Keyboard.yes(turn.state());
            turn.send(turn.message("common.confirm-by-tap", "label", Html.escape(yes.label()))
                    .withButtons(turn.yesNoIrreversible(yes, Keyboard.no(turn.state()))));
            return;
        }
        Inbound asking = questionAtTheIrreversible(in, turn);
        if (asking != null) {
            // "¿qué se borra?" at "¿Seguro que quiere empezar de nuevo?" asks about that question, which says what goes:
            // it again, never the command the words lean to (it had asked to erase all the data instead)
            runCommand(asking.commandName(), asking.commandArgs(), turn);
            return;
        }
        if (!step.expectsText() && !live.isEmpty() && countedAboveTheOptions(in, turn, live, matcher)) {
            return;
        }
        if (!step.expectsText() && recalls.stream().anyMatch(recall -> recall.answer(in, turn))) {
            return; // "los servicios del reto 2", "borrar el primer reto": a feature's kept things, whatever the step reads
        }
        if (!step.expectsText() && ChoiceMatcher.areRanges(live) && ChoiceMatcher.saysOneOf(
                ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words")), turn.phrases("common.choice.vague-count-words"))) {
            // "muchas" under "1 a 10 / 11 a 50 …" says how many, roughly: it is no thanks here, nor a miss
            turn.say("common.choice.vague-count");
            turn.repeatStep();
            return;
        }
        Optional<String> pressed = step.expectsText() ? Optional.empty() : step.pressedBy(in, turn);
        if (pressed.isPresent()) {
            press(in, pressed.get(), turn); // as its tap: "sí" to the advisor offered after 👎 had started a challenge
            return;
        }
        if (!step.expectsText() && step.answersItself(in, turn)) {
            // a question about what the step shows ("¿cómo los contacto?" after the services) is answered there,
            // ahead of the buttons, the person or the command its words lean to
            step.handle(in, turn);
            return;
        }
        if (!step.expectsText() && !live.isEmpty() && plainAnswer(in.payload(), step, turn).filter(TERMS::equals).isPresent()) {
            // "¿cuánto cuesta el primero?" asks a price, whichever button its "primero" names (📋 Reto 1 under the summary)
            turn.say(TERMS);
            turn.repeatStep();
            return;
        }
        ChoiceMatcher.Match choice = step.midSentence(turn.state()) && Keyboard.yes(turn.state()) == null
                // the words go on what was started: "la clientela" after "pues" is its subject, not the driver
                // "🙋 Sus clientes" still on screen (whose whole answers list it)
                ? ChoiceMatcher.Match.NONE
                : choice(in.payload(), turn, live, matcher, step.expectsText());
        if (choice.chosen() && (choice.exact() || !intent.strong())) {
            boolean read = !choice.exact() || countRead(in.payload(), live, matcher);
            if (read && !choice.button().runsCommand() && !step.saysBackItsAnswer()) {
                // "tengo una panadería" became 🏭 Manufactura with no word of it, "somos 3 con mi esposa" 1 a 10: a
                // reading said is one the person can correct
                turn.say("common.choice.taken", "label", Html.escape(saidBack(choice.button(), turn)));
            }
            press(in, choice.button().data(), turn);
            return;
        }
        if (!choice.chosen() && !choice.ambiguous() && !step.expectsText() && beyondTheOptions(in, turn, live, matcher)) {
            return;
        }
        if (acceptsAgain(in, turn)) {
            // "acepto" once more (a retry, a second tap typed) is no answer here, no miss, and no municipality
            turn.say("consent.already");
            turn.repeatStep();
            return;
        }
        if (wishesAProfileChange(in.payload(), step, turn)) {
            // "quiero cambiar el sector": the profile command asks that question again (it reads which from the words),
            // then comes back to this one
            runCommand(CommandName.PROFILE.spanish(), "", turn);
            return;
        }
        List<String> plain = plainAnswers(in, step, turn);
        if (!plain.isEmpty()) {
            // "¿usted es un robot?" asks what answers, not for a person (nor is it a municipality); "¿cuánto cuesta?"
            // is no miss: told plainly, and the question again
            plain.forEach(turn::say);
            if (!plain.equals(List.of(ASK_AWAY))) {
                turn.repeatStep(); // "escriba su pregunta" is not followed by the question on screen: it waits for it
            }
            return;
        }
        // "la verdad no sé si tengamos cómo": the doubt is counted without the words that lead into it
        String unled = ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words"));
        if ((step.expectsText() || !live.isEmpty())
                && ChoiceMatcher.saidBriefly(unled, turn.phrases("common.choice.repeat-words"), BRIEF_WORDS).isPresent()) {
            turn.repeatStep(); // "¿me puede repetir la pregunta?": the question again, no "toque la opción" and no miss
            return;
        }
        Optional<String> doubt = step.expectsText() || live.isEmpty() ? Optional.empty()
                : ChoiceMatcher.saidBriefly(unled, turn.phrases("common.choice.doubt-words"), BRIEF_WORDS);
        if (doubt.isPresent()) {
            // "not sure, maybe medium", "no sé, media": the doubt is said, and then the answer; never a yes or no after
            // a doubt ("no sé, sí" to erasing the data stays a doubt)
            String answered = ChoiceMatcher.afterLead(unled, turn.phrases("common.choice.doubt-words"));
            ChoiceMatcher.Match after = answered.equals(unled.strip()) || Keyboard.yes(turn.state()) != null ? ChoiceMatcher.Match.NONE
                    : choice(answered, turn, live, matcher, false);
            if (after.chosen() && !after.button().runsCommand()) {
                turn.say("common.choice.taken", "label", Html.escape(saidBack(after.button(), turn)));
                press(in, after.button().data(), turn);
                return;
            }
            // "no sé" answers the question, it does not ask how the bot works: the option that explains it where
            // there is one ("❓ ¿Qué significa?"), else a word of comfort and the question again
            ChoiceMatcher.Match explains = choice(doubt.get(), turn, live, matcher, false);
            if (explains.chosen() && explains.exact()) {
                press(in, explains.button().data(), turn);
                return;
            }
            turn.say("common.choice.doubt");
            turn.repeatStep();
            return;
        }
        if ((step.expectsText() || !live.isEmpty()) && turn.state().consented() && !MENU.equals(turn.state().step())
                && (step.expectsText() ? ChoiceMatcher.saysOneOf(in.payload(), turn.phrases("common.choice.stop-words"))
                        : ChoiceMatcher.saidBriefly(in.payload(), turn.phrases("common.choice.stop-words"), BRIEF_WORDS).isPresent())) {
            // "ya no quiero" leaves the questions for now; it is no answer to this one: how to come back, nothing asked
            turn.send(turn.message("common.choice.paused")
                    .withButtons(Turn.column(turn.button("common.button.continue", CommandName.CONTINUE.slash()))));
            return;
        }
        if (step.takesProse() && (step.expectsText() || ChoiceMatcher.wordCount(in.payload()) > BRIEF_WORDS)
                && intent.strong() && intent.score() < SURE_REQUEST && commandFor(intent) != null) {
            // writing a challenge, only a sure request interrupts: "se me borró todo el inventario" is its wording, not a
            // wish to erase my data; a bare "urgente" may still ask for a person, so that is asked first. Where the step
            // asks for a tap and takes a challenge typed instead, a brief request ("quiero ver mis datos") is still one
            if (asksFor(intent, CommandName.ADVISOR) && ChoiceMatcher.wordCount(in.payload()) <= REQUEST_WORDS) {
                askWhetherAPerson(turn, List.of());
            } else {
                step.handle(in, turn);
            }
            return;
        }
        if (step.expectsText() && !intent.strong()) {
            step.handle(in, turn);
            return;
        }
        if (step.expectsText()) {
            step.interrupted(in, turn);
        }
        if (in.payload().length() > MAX_TEXT) {
            turn.say("common.too-long", "max", MAX_TEXT);
            turn.repeatStep();
            return;
        }
        if (asksFor(intent, CommandName.ADVISOR) && !step.expectsText() && !live.isEmpty() && (choice.chosen() || intent.score() < SURE_REQUEST)) {
            // "a veces alguien", "someone": an answer that sounds like a request opens no case without asking first
            askWhetherAPerson(turn, choice.candidates());
            return;
        }
        String command = commandFor(intent);
        if (command != null && step.answersItself(in, turn)) {
            step.handle(in, turn);
        } else if (command != null && commands.containsKey(command)) {
            runCommand(command, "", turn);
            if (mayBeANeed(in, step, intent, turn)) {
                NeedAside.offer(in.payload(), turn);
            }
        } else if (choice.ambiguous()) {
            turn.send(turn.message("common.did-you-mean").withButtons(Turn.rows(1, choice.candidates())));
        } else if (intent.recognised() && INTENT_SMALL_TALK.containsKey(intent.id())
                && !(intent.is(Understanding.OFF_TOPIC) && step.readsAsItsAnswer(in, turn))) {
            // "sometimes someone says something" answers the question in its first words: not "that's not something I can do"
            turn.say(INTENT_SMALL_TALK.get(intent.id()));
            if (!intent.is("goodbye")) {
                turn.repeatStep(); // after "chao" the question again read as "don't go": its buttons stay below
            }
        } else if (MENU.equals(turn.state().step()) && (intent.is("affirm") && ChoiceMatcher.wordCount(in.payload()) <= BRIEF_WORDS
                || ChoiceMatcher.saysOneOf(in.payload(), turn.phrases("menu.done-words")))) {
            // "ok", "👍" after the journey ended answer nothing and are no miss: two misses offered an advisor; "no tengo
            // más retos" there was noted as a new challenge
            turn.say("common.ok-back");
            turn.repeatStep();
        } else if (intent.is(Understanding.NEED) && tellsANeed(step, live, turn)
                || !intent.strong() && wishesTheirChallenge(in, turn) && keepsNeeds(step, turn)) {
            keepToldNeed(in, turn);
        } else if (intent.is("deny") && !step.expectsText() && !live.isEmpty() && step.keepsToldNeeds()
                && !ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words")) && !step.readsAsItsAnswer(in, turn)) {
            // "no necesito asesor" where no option says no: a polite refusal, not a miss (two misses offer an advisor);
            // "¿cómo así?" asks, and is no refusal
            turn.say("common.deny-noted");
            turn.repeatStep();
        } else {
            step.handle(in, turn);
        }
    }

    /**
     * "¿Quiere hablar con una persona, o era su respuesta?": the options the text may have meant, a person, and, where it
     * meant no option, the way back to the question.
     */
    private void askWhetherAPerson(Turn turn, List<Outbound.Button> candidates) {
        Outbound.Button human = turn.button("common.button.human", CommandName.ADVISOR.slash());
        if (MENU.equals(turn.state().step()) && steps.get(MENU) instanceof MenuStep menu) {
            // at the menu no question waits for an answer: a person, or what the menu offers ("↩️ back to the question" led nowhere)
            List<Outbound.Button> offered = new ArrayList<>(List.of(human));
            offered.addAll(menu.buttons(turn));
            turn.send(turn.message("common.did-you-mean-human.menu").withButtons(Turn.rows(1, offered)));
            return;
        }
        // a person or the question again: a yes/no, so that a typed "no" goes back to the question (it had answered
        // it with its option "1️⃣ No, …") and "sí" asks for the person; the options the text may have meant above them
        // ("🛒 Comercio" for "tengo una tienda y quiero hablar con alguien", which had no way to say "no, thanks")
        List<List<Outbound.Button>> rows = new ArrayList<>(Turn.rows(1, candidates));
        rows.addAll(turn.yesNo(human, turn.button("common.button.back-to-question", CommandName.CONTINUE.slash())));
        turn.send(turn.message("common.did-you-mean-human").withButtons(rows));
    }

    /** Whether the text tells of a life in danger (a wish to die, violence at home), whatever step it arrives at. */
    private static boolean tellsOfDistress(Inbound in, Turn turn) {
        return !ChoiceMatcher.mentioned(in.payload(), turn.phrases("safety.crisis.mentions")).isEmpty();
    }

    /** A short acceptance of the data notice ("acepto", "i agree") typed where it was already given. */
    private static boolean acceptsAgain(Inbound in, Turn turn) {
        return turn.state().consented() && ChoiceMatcher.wordCount(in.payload()) <= BRIEF_WORDS
                && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("consent.accept.mentions")).isEmpty()
                && ChoiceMatcher.mentioned(in.payload(), turn.phrases("consent.accept.unless")).isEmpty();
    }

    /**
     * "más info del 4" where three services were shown: no option has that number. Said so, with the numbers there are;
     * it was read as a request for help. Whether it was (and answered).
     */
    private static boolean beyondTheOptions(Inbound in, Turn turn, List<Outbound.Button> live, ChoiceMatcher matcher) {
        int highest = ChoiceMatcher.highestNumber(live);
        if (highest < 1) {
            return false;
        }
        int named = matcher.namedNumber(ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words")));
        if (named <= highest) {
            return false;
        }
        turn.say("common.choice.no-such-number", "number", named, "highest", highest);
        return true;
    }

    /** Whether a count was read into a range ("somos 3" is 1 a 10), not the range typed as it is shown. */
    private static boolean countRead(String typed, List<Outbound.Button> live, ChoiceMatcher matcher) {
        return ChoiceMatcher.areRanges(live) && !matcher.exactLabel(typed, live).chosen();
    }

    /**
     * "somos 300" where the ranges end at 200: no option holds it, and it is no miss (nor a reason to offer a
     * person); the top option is named as the nearest, and the question asked again.
     */
    private static boolean countedAboveTheOptions(Inbound in, Turn turn, List<Outbound.Button> live, ChoiceMatcher matcher) {
        Outbound.Button top = matcher.aboveEveryRange(in.payload(), live, turn.phrases("common.choice.more-words"));
        if (top == null) {
            return false;
        }
        turn.say("common.choice.count-above", "label", Html.escape(top.label()));
        turn.repeatStep();
        return true;
    }

    /**
     * The command that asked the yes/no question on screen whose yes cannot be undone, where the text asks something
     * ("¿qué se borra?", "¿se borran mis retos también?"): asked again, it says what its yes does. Null otherwise.
     */
    private static Inbound questionAtTheIrreversible(Inbound in, Turn turn) {
        if (!Keyboard.irreversible(turn.state()) || !ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))
                || asksFor(turn.intent(), CommandName.ADVISOR)) {
            return null; // "¿puedo hablar con alguien?" there still reaches a person
        }
        Inbound yes = yesAsCommand(in, turn);
        if (yes == null) {
            return null;
        }
        String args = yes.commandArgs();
        int last = args.lastIndexOf(' ');
        // the yes is the question's command with its answer last ("/borrar_reto 2 si"): without it, the question again
        return Inbound.command(in.chat(), yes.commandName() + (last < 0 ? "" : " " + args.substring(0, last)));
    }

    /**
     * A button's label as its choice is said back: a proposed option's without the yes it opens with ("✅ Sí: 🛒 Comercio"
     * typed as "comercio" was said back "Anoté: ✅ Sí: 🛒 Comercio").
     */
    private static String saidBack(Outbound.Button button, Turn turn) {
        String label = button.label();
        int colon = label.indexOf(':');
        // the yes without the mark before it: "✅" is a word of its own to the matcher
        return colon > 0 && ChoiceMatcher.saysOneOf(label.substring(0, colon).replaceFirst("^[^\\p{L}\\p{N}]+", ""),
                turn.phrases("common.choice.yes-words"))
                ? label.substring(colon + 1).strip() : label;
    }

    /** Whether the text holds off ("espere, ahorita no", "nevermind", "cancelar") where the question cannot be undone. */
    private static boolean holdsOffTheIrreversible(Inbound in, Turn turn) {
        if (!Keyboard.irreversible(turn.state()) || Keyboard.no(turn.state()) == null
                || ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))) {
            return false;
        }
        String said = ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words"));
        return ChoiceMatcher.saidBriefly(said, turn.phrases("common.choice.stop-words"), BRIEF_WORDS).isPresent();
    }

    /**
     * Whether the text is a plain yes ("sí", "dale", "claro que sí") where the question on offer cannot be undone: it
     * is asked to tap instead. The yes button's own words ("borrar todo", "confirmo") still answer it.
     */
    private static boolean bareYesToTheIrreversible(Inbound in, Turn turn) {
        if (!Keyboard.irreversible(turn.state())) {
            return false;
        }
        String ownWords = optionKey(turn, Keyboard.yes(turn.state()).data(), ".words");
        if (ownWords != null && ChoiceMatcher.oneOf(in.payload(), turn.phrases(ownWords)).isPresent()) {
            return false;
        }
        String said = ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words"));
        return ChoiceMatcher.oneOf(said, turn.phrases("common.choice.yes-words")).isPresent()
                || turn.intent().is("affirm") && ChoiceMatcher.wordCount(in.payload()) <= BRIEF_WORDS
                || asksWhatTheYesDoes(in, turn);
    }

    /**
     * Whether the text asks again for what the question's yes would do ("sí, bórrelo" at "¿Seguro que quiere borrar
     * todos sus datos?"): an answer, confirmed by the tap as a bare yes is; asked as a command, it had only put the same
     * question again, with no word of the tap it waits for.
     */
    private static boolean asksWhatTheYesDoes(Inbound in, Turn turn) {
        Inbound yes = yesAsCommand(in, turn);
        // a question about it ("¿y eso qué borra?") is asked there again instead (questionAtTheIrreversible)
        return yes != null && turn.intent().recognised()
                && !ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))
                && CommandName.forIntent(turn.intent().id()).filter(command -> command.spanish().equals(yes.commandName())).isPresent();
    }

    /** The command the yes of the irreversible question on offer runs ("/borrar_datos si"), or null for none. */
    private static Inbound yesAsCommand(Inbound in, Turn turn) {
        return Inbound.button(in.chat(), Keyboard.yes(turn.state()).data()).asCommand();
    }

    /**
     * The text that answers a short question about the bot or the services' terms, if the typed text is one of those
     * listed under its key's {@code .questions}, with a few words around it. Where a challenge is being written, at
     * most two words more: "cuánto cuesta exportar café a Europa" is a challenge; so too, anywhere, for "una pregunta".
     */
    private static Optional<String> plainAnswer(String text, Step step, Turn turn) {
        int typed = ChoiceMatcher.wordCount(text);
        return PLAIN_ANSWERS.stream()
                // before consent, the notice's own explanation answers who sees the data, with its question again
                .filter(key -> !key.equals(WHO_SEES) || turn.state().consent() != ChatState.Consent.NONE)
                .filter(key -> ChoiceMatcher.saidBriefly(text, turn.phrases(key + ".questions"), BRIEF_WORDS)
                        .filter(question -> !step.expectsText() && !key.equals(ASK_AWAY) || typed <= ChoiceMatcher.wordCount(question) + 2)
                        .isPresent())
                .findFirst();
    }

    /**
     * Whether the text is a wish to change a profile answer told in a few words ("me equivoqué de municipio", "quiero
     * cambiar el sector"), in a bot that changes them: at most two words more than the listed wish, or where no text is
     * asked for, a short message that names one ("cambiar el sector de la finca hacia el turismo" is a challenge's
     * wording; "quiero cambiar el nombre de la empresa", seven words, had been read as a wish to erase one's data).
     */
    private boolean wishesAProfileChange(String typed, Step step, Turn turn) {
        if (!commands.containsKey(CommandName.PROFILE.spanish())) {
            return false;
        }
        if (ChoiceMatcher.saysOneOf(ChoiceMatcher.withoutLead(typed, turn.phrases("common.choice.lead-words")), turn.phrases(PROFILE_WORDS))) {
            return true; // "perfil", "mi perfil" said whole: the command's own word, which the classifier reads as my data
        }
        int words = ChoiceMatcher.wordCount(typed);
        if (ChoiceMatcher.saidBriefly(typed, turn.phrases(CHANGE_PROFILE), Integer.MAX_VALUE)
                .filter(wish -> words <= ChoiceMatcher.wordCount(wish) + 2 || !step.expectsText() && words <= BRIEF_WORDS)
                .isPresent()) {
            return true;
        }
        // a wrong line of business told with what befalls it ("me equivoqué de sector, no vendo nada") is a challenge: a
        // text that leans to a need at all, even under the threshold, is none of these
        return !step.expectsText() && words <= CORRECTION_WORDS && !turn.intent().is(Understanding.NEED)
                && opensWithACorrection(typed, turn) && !understanding.leaning(typed, turn.lang()).is(Understanding.NEED);
    }

    /**
     * Whether the message opens with a wish that tells an answer was wrong, after a courtesy or a filler at most ("me
     * equivoqué de sector, no es ese", "perdón, puse mal el municipio donde queda el negocio"; they had been read as an
     * answer or a miss). A wish only to change one does not count with more words after it ("cambiar el sector de la
     * finca hacia el turismo" is a challenge's wording), nor does a wish said after other words ("queremos cambiar el
     * sector…"); a mistake of the business names no answer ("me equivoqué al comprar tanta mercancía").
     */
    private static boolean opensWithACorrection(String typed, Turn turn) {
        Set<String> corrections = turn.texts().read(CHANGE_PROFILE_MISTAKES + ":wishes", texts -> {
            Set<String> mistakes = texts.phrases(CHANGE_PROFILE_MISTAKES);
            return texts.phrases(CHANGE_PROFILE).stream().filter(wish -> !ChoiceMatcher.mentioned(wish, mistakes).isEmpty())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        });
        String said = ChoiceMatcher.withoutLead(ChoiceMatcher.withoutLead(typed, turn.phrases(CHANGE_PROFILE_OPENINGS)),
                turn.phrases("common.choice.lead-words"));
        return !ChoiceMatcher.afterLead(said, corrections).equals(said.strip());
    }

    /**
     * The plain answers to the text, or where it asks several questions at a question with options ("¿esto es gratis?
     * ¿quién lo hizo?"), to each of them that has one, once each; none where the text is no such question.
     */
    private static List<String> plainAnswers(Inbound in, Step step, Turn turn) {
        Optional<String> whole = plainAnswer(in.payload(), step, turn);
        if (whole.isPresent() || step.expectsText()) {
            return whole.stream().toList();
        }
        // anger told in one clause of several ("ustedes son unos inútiles, este bot no sirve para nada") is anger still
        boolean asks = in.payload().indexOf('?') >= 0;
        return Arrays.stream(in.payload().split(asks ? "[?¿.!:\\n]+" : "[.!:,;\\n]+")).map(String::strip).filter(q -> !q.isEmpty())
                .map(q -> plainAnswer(q, step, turn)).flatMap(Optional::stream).distinct()
                .filter(key -> asks ? !key.equals(ASK_AWAY) : key.equals(UPSET)).toList();
    }

    /**
     * Whether a need told now ("no tengo clientes") is one this step did not ask for: at the menu, or at a question
     * with options whose step is not writing a challenge, in a chat that consented to keep what it is told.
     */
    private boolean tellsANeed(Step step, List<Outbound.Button> live, Turn turn) {
        return keepsNeeds(step, turn) && (MENU.equals(turn.state().step())
                || !live.isEmpty() && (turn.intent().score() >= NEED_AT_A_QUESTION
                        // a long text whose first words answer the question ("más o menos, tenemos un cuaderno…") answers it
                        || (turn.inbound().payload().strip().split("\\s+").length >= NEED_WORDS || wishesAGoal(turn))
                        && !step.readsAsItsAnswer(turn.inbound(), turn)));
    }

    /**
     * Whether the text wishes a goal for the business ("tengo una panadería y quiero vender más", 0.37): a need told
     * whatever its length or how faintly it leans, since it says what the person wants; a wish about the practice asked
     * ("queremos mejorar pero no hay tiempo") names no goal and is left to the question.
     */
    private static boolean wishesAGoal(Turn turn) {
        String typed = turn.inbound().payload();
        return !ChoiceMatcher.mentioned(typed, turn.phrases("common.need.wish-words")).isEmpty()
                && !ChoiceMatcher.mentioned(typed, turn.phrases("common.need.goal-words")).isEmpty();
    }

    /**
     * Whether a text that ran a command without being sure of it may have told a need with its words ("mis retos son
     * vender más y bajar costos" ran /mis_retos): a few words or more with a need ranked close behind the command,
     * where needs are kept, and the chat still there for one (not erased, not at a question for written text). A
     * person is asked about apart (see {@link #askWhetherAPerson}).
     */
    private boolean mayBeANeed(Inbound in, Step step, Understanding.Intent intent, Turn turn) {
        return !intent.strong() && !asksFor(intent, CommandName.ADVISOR) && ChoiceMatcher.wordCount(in.payload()) >= NeedAside.WORDS
                && keepsNeeds(step, turn) && NeedAside.closeBehind(intent, understanding.runnerUp(in.payload(), turn.lang()));
    }

    /** Whether a need told here is kept for a challenge: consent given, challenges on offer, a step that keeps them. */
    private boolean keepsNeeds(Step step, Turn turn) {
        return turn.state().consented() && commands.containsKey(CommandName.NEW_CHALLENGE.spanish()) && !step.expectsText()
                && step.keepsToldNeeds();
    }

    /** "can we skip this and go to my problem?": a wish to go on to one's challenge, which tells no need of its own. */
    private static boolean wishesTheirChallenge(Inbound in, Turn turn) {
        return ChoiceMatcher.wordCount(in.payload()) <= WISH_WORDS
                && ChoiceMatcher.endsWithOneOf(in.payload(), turn.phrases("common.need-wish.tails"));
    }

    /**
     * Keeps the need for the challenge written next: at the menu that challenge starts now; at a question, the person
     * chooses between working on it now and going on where they were (it waits for the challenge step either way).
     */
    private void keepToldNeed(Inbound in, Turn turn) {
        // the need told before stays where the text only wishes to go on to it
        String need = wishesTheirChallenge(in, turn) ? turn.state().get(ChatState.TOLD_NEED) : ToldNeed.of(in.payload(), turn);
        if (MENU.equals(turn.state().step())) {
            turn.state().put(ChatState.TOLD_NEED, need);
            runCommand(CommandName.NEW_CHALLENGE.spanish(), "", turn);
        } else if (need != null) {
            ToldNeed.keepAndOffer(need, turn);
        } else {
            turn.send(turn.message("common.need-wish").withButtons(Turn.column(
                    turn.button("common.button.write-challenge", CommandName.NEW_CHALLENGE.slash()),
                    turn.button("common.button.back-to-question", CommandName.CONTINUE.slash()))));
        }
    }

    /** A typed answer read as one of the buttons on offer (see {@link ChoiceMatcher}). */
    private static ChoiceMatcher.Match choice(String typed, Turn turn, List<Outbound.Button> live, ChoiceMatcher matcher,
            boolean expectsText) {
        ChatState state = turn.state();
        Outbound.Button yes = Keyboard.yes(state);
        Outbound.Button no = Keyboard.no(state);
        if (expectsText && ChoiceMatcher.askedWhatIs(typed, turn.phrases("common.choice.what-is-words")).isPresent()) {
            return ChoiceMatcher.Match.NONE; // "¿qué es una tendencia?" asks of 📈 Una tendencia above; it does not choose it
        }
        if (expectsText) {
            // a yes/no question asked meanwhile ("¿seguro que quiere borrar sus datos?") is the one "sí" answers
            return yes != null && no != null ? matcher.match(typed, live, yes, no) : matcher.exactLabel(typed, live);
        }
        // "¿qué pasa si no acepto?" asks about the no, "no entiendo" doubts: the classifier's refusal answers neither
        if (yes != null && turn.intent().strong() && (turn.intent().is("affirm") || turn.intent().is("deny"))
                && !ChoiceMatcher.asks(typed, turn.phrases("common.choice.question-words"))
                && ChoiceMatcher.saidBriefly(typed, turn.phrases("common.choice.doubt-words"), BRIEF_WORDS).isEmpty()) {
            return new ChoiceMatcher.Match(List.of(turn.intent().is("affirm") ? yes : no), true);
        }
        String said = ChoiceMatcher.withoutLead(typed, turn.phrases("common.choice.lead-words"));
        if (yes == null && ChoiceMatcher.oneOf(said, turn.phrases("common.choice.last-words")).isPresent()) {
            return ChoiceMatcher.last(live); // "la última", "the last one"
        }
        ChoiceMatcher.Match match = matcher.match(said, live, yes, no);
        if (match.candidates().isEmpty()) {
            String hedged = ChoiceMatcher.withoutTail(said, turn.phrases("common.choice.tail-words"));
            if (!hedged.equals(said)) {
                return matcher.match(hedged, live, yes, no); // "medium i guess", "alta creo"
            }
        }
        return match;
    }

    /**
     * The one of these buttons a typed text picks, read as a question that offers them reads a typed answer (their own
     * words and mentions, numbers, a count for ranges, the lead words left out), with no yes/no question over them; or
     * none when it picks none or several. For a feature that takes an answer told elsewhere ("el sector es turismo").
     */
    public static Optional<Outbound.Button> readAsOneOf(String typed, Turn turn, List<Outbound.Button> options) {
        ChoiceMatcher matcher = matcher(turn, options);
        String said = ChoiceMatcher.withoutLead(typed, turn.phrases("common.choice.lead-words"));
        ChoiceMatcher.Match match = matcher.match(said, options, null, null);
        if (match.candidates().isEmpty()) {
            String hedged = ChoiceMatcher.withoutTail(said, turn.phrases("common.choice.tail-words"));
            match = hedged.equals(said) ? match : matcher.match(hedged, options, null, null);
        }
        return match.chosen() ? Optional.of(match.button()) : Optional.empty();
    }

    /** What reads typed answers as the buttons on offer: their own words and mentions, numbers, yes and no. */
    private static ChoiceMatcher matcher(Turn turn, List<Outbound.Button> live) {
        Map<String, Set<String>> optionWords = new HashMap<>();
        Map<String, Set<String>> optionMentions = new HashMap<>();
        for (Outbound.Button button : live) {
            String key = optionKey(turn, button.data(), ".words");
            if (key != null) {
                optionWords.put(button.data(), turn.phrases(key));
            }
            String mentions = optionKey(turn, button.data(), ".mentions");
            if (mentions != null) {
                optionMentions.put(button.data(), turn.phrases(mentions));
            }
        }
        return new ChoiceMatcher(turn.phrases("common.choice.yes-words"), turn.phrases("common.choice.no-words"),
                turn.phrases("common.choice.count-words"), optionWords,
                ChoiceMatcher.Numbers.of(turn.texts()), optionMentions, turn.phrases("common.choice.people-words"));
    }

    /**
     * Where a button's own words are: {@code choice.<data>.words} for its whole answers ({@code .mentions} for the
     * words that pick it among others), the data's parts (split at ':' and
     * spaces, a command's '/' left out) joined by '.'; failing that, the key of the data with parts left out, the
     * first always kept, fewest left out first and earlier ones before later ones (a challenge's number comes before
     * the answer in {@code /util 1 0}). So {@code choice.sc.what.words}
     * serves the "what does it mean" button of every self-check question ({@code sc:what:L1}), {@code
     * choice.sc.0.words} the first option of each ({@code sc:L1:0}) and {@code choice.util.1.words} the 👍 under
     * any challenge's recommendation ({@code /util 7 1}).
     */
    private static String optionKey(Turn turn, String data, String suffix) {
        return turn.texts().<Optional<String>>read("option-key:" + data + suffix, texts -> Optional.ofNullable(optionKey(texts, data, suffix)))
                .orElse(null);
    }

    private static String optionKey(Texts texts, String data, String suffix) {
        String[] parts = data.replaceFirst("^/", "").split("[: ]+");
        int rest = parts.length - 1;
        for (int leftOut = 0; leftOut <= rest; leftOut++) {
            for (int kept = 0; kept < 1 << rest; kept++) {
                if (Integer.bitCount(kept) != rest - leftOut) {
                    continue;
                }
                StringBuilder key = new StringBuilder("choice.").append(parts[0]);
                for (int i = 0; i < rest; i++) {
                    if ((kept & (1 << (rest - 1 - i))) != 0) {
                        key.append('.').append(parts[i + 1]);
                    }
                }
                String found = key.append(suffix).toString();
                if (texts.has(found)) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Handles a typed answer as the press of the button it names. */
    private void press(Inbound in, String data, Turn turn) {
        Inbound pressed = new Inbound(in.chat(), in.user(), in.userName(), in.langHint(), Inbound.Kind.BUTTON, data,
                in.eventId(), in.replyTo());
        Inbound asCommand = pressed.asCommand();
        if (asCommand != null) {
            runCommand(asCommand.commandName(), asCommand.commandArgs(), turn);
        } else {
            currentStep(turn.state()).handle(pressed, turn);
        }
    }

    private void runCommand(String name, String args, Turn turn) {
        Command command = commands.get(name);
        if (command == null) {
            // "/menu", "/volver_a_empezar": a command we do not have whose words ask clearly for one we do
            Understanding.Intent meant = understanding.classify(name.replace('_', ' '), turn.lang());
            String asked = meant.strong() ? commandFor(meant) : null;
            if (asked != null && commands.containsKey(asked)) {
                commands.get(asked).run(turn, args);
                return;
            }
            turn.say("common.unknown-command", "command", Html.escape(name));
            turn.resumeStep();
            return;
        }
        command.run(turn, args);
    }

    /** Whether the consent question waits for an answer, in a bot that asks it. */
    private boolean beforeConsent(ChatState state) {
        return state.consent() == ChatState.Consent.NONE && steps.containsKey(START);
    }

    private Step currentStep(ChatState state) {
        Step step = steps.get(state.step());
        return step != null ? step : steps.get(MENU);
    }

    /** Follows step changes until a step has asked its question. */
    private void settle(Turn turn) {
        for (int hops = 0; hops < 10; hops++) {
            String next = turn.takeNextStep();
            if (next != null) {
                if (beforeConsent(turn.state()) && steps.containsKey(next) && steps.get(next).keepsAnswers()) {
                    turn.say("common.consent-first");
                    next = START;
                }
                turn.state().step(steps.containsKey(next) ? next : MENU);
                turn.state().put(MISSES, null);
                steps.get(turn.state().step()).enter(turn);
            } else if (turn.takeRepeat()) {
                turn.askingAgain(true);
                currentStep(turn.state()).enter(turn);
                turn.askingAgain(false);
            } else {
                return;
            }
        }
        throw new IllegalStateException("steps keep redirecting from " + turn.state().step());
    }

    private void countMisses(Turn turn) {
        ChatState state = turn.state();
        if (!turn.misunderstood()) {
            state.put(MISSES, null); // two misses in a row means in a row: any understood input starts over
            return;
        }
        int misses = state.getInt(MISSES, 0) + 1;
        // not at the consent question: a "sí" to "¿Quiere que le pase con una persona?" just below its buttons was
        // read as consent (Ley 1581 asks for it given knowingly); its own prompt is the way on there
        if (misses >= 2 && commands.containsKey(CommandName.ADVISOR.spanish()) && state.consent() != ChatState.Consent.NONE) {
            Outbound.Button human = turn.button("common.button.human", CommandName.ADVISOR.slash("fallback"));
            Outbound.Button help = turn.button("common.button.help", CommandName.HELP.slash());
            // at a question, a yes/no with the way back to it: a typed "no" declined the person and answered the question
            // with its option "1️⃣ No, …"; at the menu, which was just shown again, its buttons are the other ways
            List<List<Outbound.Button>> rows = new ArrayList<>(MENU.equals(state.step()) ? Turn.column(human)
                    : turn.yesNo(human, turn.button("common.button.back-to-question", CommandName.CONTINUE.slash())));
            rows.add(List.of(help));
            turn.send(turn.message("common.offer-human").withButtons(rows));
            misses = 0;
        }
        state.put(MISSES, misses == 0 ? null : misses);
    }

    /**
     * Keeps the buttons this turn showed as the ones a typed answer may name next. A command's answer alone ("/ayuda",
     * or "y eso para qué sirve?"), with the step unchanged, leaves its question open: the options still on screen
     * above stay answerable by tap, words or number, ahead of the answer's own buttons ("la segunda" had taken the
     * help's 🔄 Empezar de nuevo). The keyboard in the state is still the question's until this writes it.
     */
    private static void rememberKeyboard(ChatState state, List<Outbound> replies, Turn turn, boolean sameStep) {
        List<List<Outbound.Button>> shownRows = replies.stream()
                .filter(reply -> reply.chat().equals(state.chat()))
                .flatMap(reply -> reply.buttons().stream()).filter(row -> !row.isEmpty()).toList();
        List<Outbound.Button> shown = shownRows.stream().flatMap(List::stream).toList();
        if (shown.isEmpty()) {
            return;
        }
        List<Outbound.Button> open = sameStep && shown.stream().allMatch(Outbound.Button::runsCommand)
                ? Keyboard.answers(state) : List.of();
        List<Outbound.Button> live = new ArrayList<>(open);
        live.addAll(shown);
        List<Integer> rowSizes = new ArrayList<>(open.stream().map(button -> 1).toList());
        shownRows.forEach(row -> rowSizes.add(row.size()));
        // the yes/no is the last one asked: "¿seguro que quiere empezar de nuevo?" asked over an open question is the one
        // "sí" answers ("sí" had confirmed the challenge below it instead)
        boolean ownYesNo = open.isEmpty() || turn.yes() != null;
        Outbound.Button yes = ownYesNo ? turn.yes() : Keyboard.yes(state);
        Outbound.Button no = ownYesNo ? turn.no() : Keyboard.no(state);
        boolean irreversible = ownYesNo ? turn.irreversible() : Keyboard.irreversible(state);
        state.buttonsShown(live);
        Keyboard.remember(state, live, rowSizes, yes, no, irreversible);
    }

    private static List<ChatStore.TranscriptLine> transcript(Inbound in, String labelOfPress, List<Outbound> replies) {
        List<ChatStore.TranscriptLine> lines = new ArrayList<>();
        String said = switch (in.kind()) {
            case TEXT -> in.payload();
            case COMMAND -> "/" + in.payload();
            case BUTTON -> "[" + (labelOfPress != null ? labelOfPress : in.payload()) + "]";
            case UNSUPPORTED -> "(" + in.payload() + ")";
        };
        lines.add(new ChatStore.TranscriptLine(in.chat(), true, said));
        replies.stream().filter(reply -> reply.chat().equals(in.chat()))
                .forEach(reply -> lines.add(new ChatStore.TranscriptLine(in.chat(), false, reply.plainText())));
        return lines;
    }
}
