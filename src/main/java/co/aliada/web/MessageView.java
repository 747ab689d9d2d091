package co.aliada.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import co.aliada.conversation.Outbound;

/** One message as the chat API shows it, for a reply just given and for the history alike. */
final class MessageView {

    private MessageView() {
    }

    /** {@code {"text", "html", "buttons": [[{"text", "data"}]], "image"?, "document"?}}; links come from {@code media}. */
    static Map<String, Object> bot(Outbound out, Function<Outbound.Attachment, String> media) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("text", out.plainText());
        view.put("html", out.text());
        view.put("buttons", out.buttons().stream()
                .map(row -> row.stream().map(b -> Map.of("text", b.label(), "data", b.data())).toList()).toList());
        if (out.image() != null) {
            view.put("image", media.apply(out.image()));
        }
        if (out.document() != null) {
            view.put("document", media.apply(out.document()));
        }
        return view;
    }

    /** {@code {"from": "user", "text"}}: the person's own message, a press shown as its button's label. */
    static Map<String, Object> user(String said) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", "user");
        view.put("text", said);
        return view;
    }
}
