package co.aliada.privacy;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** {@code /mis_datos}: sends the person everything stored about them as a JSON document. */
final class MyDataCommand implements Command {

    static final String FILE = "mis-datos.json";

    private final PersonalDataSources sources;

    MyDataCommand(PersonalDataSources sources) {
        this.sources = sources;
    }

    @Override
    public List<String> names() {
        return CommandName.MY_DATA.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String chat = turn.state().chat();
        Map<String, Object> sections = sources.export(chat);
        boolean whatFor = asksWhatFor(turn);
        if (sections.isEmpty()) {
            // "¿para qué necesitan mis datos?" after "No acepto" was told only that nothing is kept: what they are for
            turn.say(whatFor && turn.state().consent() == ChatState.Consent.DECLINED ? "privacy.export.purpose.declined" : "privacy.export.nothing");
            return;
        }
        if (whatFor) {
            // "why do you need my data?" asks what it is for, not for a file of everything kept: told as "¿quién ve mis
            // datos?" is, with the commands that send and erase it
            turn.say("common.who-sees");
            return;
        }
        byte[] json = sources.document(chat, sections);
        turn.send(turn.message("privacy.export.sent", "sections", SectionNames.of(turn, sections.keySet()))
                .withDocument(new Outbound.Attachment(FILE, "application/json", json)));
    }

    /** A typed question of what the data is (or would be) for, not a request for the data itself. */
    private static boolean asksWhatFor(Turn turn) {
        Inbound typed = turn.inbound();
        return typed.kind() == Inbound.Kind.TEXT && !ChoiceMatcher.mentioned(typed.payload(), turn.phrases("privacy.purpose.questions")).isEmpty();
    }
}
