package co.aliada.telegram;

import static co.aliada.telegram.LiveBot.GROUP;

/** The moves the consultants' desk tests share: a person ready to ask for help, a consultant writing, a case's number. */
final class Desk {

    private Desk() {
    }

    /** A person in a private chat who has consented, given a profile and is at the self-check's first question. */
    static Person onboarded(BotApiDouble api, long chat) {
        Person person = new Person(api, chat, "es");
        JourneyEndToEndTests.onboard(person, "commerce", "Popayán");
        person.awaitsButton("sc:");
        return person;
    }

    /** The case number on a card, read from its Take button. */
    static String caseId(BotApiDouble.Call card) {
        return card.buttonData().get(0).substring("case:take:".length());
    }

    /** A consultant writes in the consultants' group without replying to anything. */
    static void groupText(BotApiDouble api, long user, String name, String text) {
        api.enqueue(UpdateJson.group(GROUP, user).from(user, name, "es").text(text));
    }

    /** A message as Telegram shows it: the markup taken out. */
    static String plain(BotApiDouble.Call call) {
        return BotApiDouble.plain(call.text());
    }
}
