package co.aliada.privacy;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
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
        if (sections.isEmpty()) {
            turn.say("privacy.export.nothing");
            return;
        }
        byte[] json = sources.document(chat, sections);
        turn.send(turn.message("privacy.export.sent", "sections", SectionNames.of(turn, sections.keySet()))
                .withDocument(new Outbound.Attachment(FILE, "application/json", json)));
    }
}
