package co.aliada.onboarding;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import co.aliada.conversation.TestTexts;

/** One person talking to the engine in tests: sends, taps, and reads what was answered. */
final class Talk {

    static final List<String> STEPS = List.of(Onboarding.CONSENT, Onboarding.SECTOR, Onboarding.SIZE,
            Onboarding.MUNICIPALITY, Onboarding.COMPANY);

    final InMemoryChatStore store = new InMemoryChatStore();
    final ConversationEngine engine;
    final String chat;
    final String lang;

    Talk(String lang) {
        this(lang, Understanding.NOTHING);
    }

    /** With a classifier of one's own, for what a step does with a recognised intent. */
    Talk(String lang, Understanding understanding) {
        this.lang = lang;
        this.chat = "test:" + lang;
        this.engine = TestEngine.create(store, understanding);
    }

    List<Outbound> command(String command) {
        return send(Inbound.command(chat, command));
    }

    List<Outbound> text(String text) {
        return send(Inbound.text(chat, text));
    }

    List<Outbound> tap(String data) {
        return send(Inbound.button(chat, data));
    }

    List<Outbound> send(Inbound in) {
        return engine.handle(in.withLangHint(lang));
    }

    /** Answers validly until the chat stands at this step. */
    Talk at(String step) {
        List<Runnable> answers = List.of(() -> command("start"), () -> tap("consent:yes"),
                () -> tap("sector:ict"), () -> tap("size:micro"), () -> text("Popayán"));
        for (int i = 0; i <= STEPS.indexOf(step); i++) {
            answers.get(i).run();
        }
        return this;
    }

    /** A person past the profile (sector TIC, 1 to 10 people, Popayán, "Panadería La 14"), resting at the menu. */
    static Talk profiled(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        talk.text("Panadería La 14");
        if (!ConversationEngine.MENU.equals(talk.state().step())) {
            throw new IllegalStateException("not at the menu after the profile: " + talk.state().step());
        }
        return talk;
    }

    ChatState state() {
        return store.state(chat);
    }

    /** The answers given so far: the state's profile keys. */
    Map<String, String> profile() {
        Map<String, String> profile = new TreeMap<>(state().data());
        profile.keySet().removeIf(key -> !key.startsWith(Onboarding.PROFILE));
        return profile;
    }

    String t(String key, Object... nameValues) {
        return TestTexts.texts().get(key, lang, nameValues);
    }

    static List<String> texts(List<Outbound> replies) {
        return replies.stream().map(Outbound::text).toList();
    }

    static List<String> data(Outbound reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Outbound.Button::data).toList();
    }

    static Outbound last(List<Outbound> replies) {
        return replies.get(replies.size() - 1);
    }
}
