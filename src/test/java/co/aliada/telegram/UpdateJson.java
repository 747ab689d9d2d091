package co.aliada.telegram;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Telegram update JSON as the Bot API sends it, for the {@link BotApiDouble}, the webhook and
 * mapper tests: {@code UpdateJson.message(42).text("hola").toUpdate(7)}.
 */
public final class UpdateJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode message = JSON.createObjectNode();
    private ObjectNode callback;
    private String kind = "message";

    private UpdateJson(long chatId, String chatType) {
        message.put("message_id", 1).put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatType)
                .put(chatType.equals("private") ? "first_name" : "title", chatType.equals("private") ? "Ana" : "Group");
        from(chatId > 0 ? chatId : 777, "Ana", "es");
    }

    /** A message in a private chat, from the user whose id is the chat id. */
    public static UpdateJson message(long chatId) {
        return new UpdateJson(chatId, "private");
    }

    /** A message in a group (negative id) from the given member. */
    public static UpdateJson group(long groupId, long userId) {
        return new UpdateJson(groupId, "supergroup").from(userId, "Carlos", "es");
    }

    /** A press of an inline button on the bot's message {@code messageId} in that chat. */
    public static UpdateJson press(long chatId, int messageId, String data) {
        UpdateJson json = new UpdateJson(chatId, chatId > 0 ? "private" : "supergroup");
        json.message.put("message_id", messageId);
        json.message.putObject("from").put("id", BotApiDouble.BOT_ID).put("is_bot", true)
                .put("first_name", "Aliada").put("username", BotApiDouble.BOT_USERNAME);
        json.callback = JSON.createObjectNode().put("id", "cb" + System.nanoTime()).put("chat_instance", "ci")
                .put("data", data);
        return json.from(chatId > 0 ? chatId : 777, "Ana", "es");
    }

    /** Who sent the message, or who pressed the button. */
    public UpdateJson from(long userId, String firstName, String languageCode) {
        ObjectNode from = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", firstName);
        if (languageCode != null) {
            from.put("language_code", languageCode);
        }
        if (callback != null) {
            callback.set("from", from);
        } else {
            message.set("from", from);
        }
        return this;
    }

    public UpdateJson text(String text) {
        message.put("text", text);
        if (text.startsWith("/")) {
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", text.split("\\s", 2)[0].length());
        }
        return this;
    }

    public UpdateJson sticker() {
        message.putObject("sticker").put("file_id", "st1").put("file_unique_id", "u1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return this;
    }

    public UpdateJson voice() {
        message.putObject("voice").put("file_id", "v1").put("file_unique_id", "u2").put("duration", 3);
        return this;
    }

    public UpdateJson location() {
        message.putObject("location").put("latitude", 2.44).put("longitude", -76.61);
        return this;
    }

    /** A file sent as a document; the double serves its bytes under {@code fileId}. */
    public UpdateJson document(String fileId, String fileName, String caption) {
        message.putObject("document").put("file_id", fileId).put("file_unique_id", fileId).put("file_name", fileName);
        if (caption != null) {
            message.put("caption", caption);
        }
        return this;
    }

    public UpdateJson photo(String caption) {
        message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "u3")
                .put("width", 90).put("height", 90);
        message.put("caption", caption);
        return this;
    }

    /** A photo with the given file id (the largest of its sizes) and caption. */
    public UpdateJson photo(String fileId, String caption) {
        ArrayNode sizes = message.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-small").put("file_unique_id", fileId + "s").put("width", 90).put("height", 90);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", fileId + "l").put("width", 1280).put("height", 960);
        if (caption != null) {
            message.put("caption", caption);
        }
        return this;
    }

    public UpdateJson voice(String fileId) {
        message.putObject("voice").put("file_id", fileId).put("file_unique_id", fileId + "u").put("duration", 3);
        return this;
    }

    /** A message in a forum topic that replies to nothing in particular: Telegram makes it reply to the topic's opening. */
    public UpdateJson inTopic(int threadId) {
        message.put("message_thread_id", threadId).put("is_topic_message", true);
        ObjectNode opening = message.putObject("reply_to_message").put("message_id", threadId).put("date", 1_700_000_000)
                .put("message_thread_id", threadId).put("is_topic_message", true);
        opening.set("chat", message.get("chat").deepCopy());
        opening.putObject("from").put("id", BotApiDouble.BOT_ID).put("is_bot", true).put("first_name", "Aliada")
                .put("username", BotApiDouble.BOT_USERNAME);
        opening.putObject("forum_topic_created").put("name", "topic").put("icon_color", 7322096);
        return this;
    }

    /** Makes this message a reply to one with that text, sent by the bot or by someone else. */
    public UpdateJson replyTo(String text, boolean toBot) {
        ObjectNode replied = message.putObject("reply_to_message").put("message_id", 5).put("date", 1_700_000_000)
                .put("text", text);
        replied.set("chat", message.get("chat").deepCopy());
        replied.putObject("from").put("id", toBot ? BotApiDouble.BOT_ID : 999).put("is_bot", toBot)
                .put("first_name", toBot ? "Aliada" : "Otro").put("username", toBot ? BotApiDouble.BOT_USERNAME : "otro");
        return this;
    }

    /** Makes this message a reply to the bot's message {@code messageId}: its text, or its caption when a file. */
    public UpdateJson replyToBotMessage(int messageId, String text, boolean caption) {
        ObjectNode replied = message.putObject("reply_to_message").put("message_id", messageId)
                .put("date", 1_700_000_000);
        replied.put(caption ? "caption" : "text", text);
        if (caption) {
            replied.putObject("document").put("file_id", "d" + messageId).put("file_unique_id", "ud" + messageId);
        }
        replied.set("chat", message.get("chat").deepCopy());
        replied.putObject("from").put("id", BotApiDouble.BOT_ID).put("is_bot", true)
                .put("first_name", "Aliada").put("username", BotApiDouble.BOT_USERNAME);
        return this;
    }

    /** Makes this message a reply to a place the bot passed on: a message with neither text nor caption. */
    public UpdateJson replyToBotPlace(int messageId) {
        replyToBotMessage(messageId, "", false);
        ObjectNode replied = (ObjectNode) message.get("reply_to_message");
        replied.remove("text");
        replied.putObject("location").put("latitude", 2.44).put("longitude", -76.61);
        return this;
    }

    /** Makes this message a reply to a message the bot sent (as the double recorded it): a consultant answering a card. */
    public UpdateJson replyTo(BotApiDouble.Call botMessage) {
        replyTo(botMessage.text(), true);
        ((ObjectNode) message.get("reply_to_message")).put("message_id", Integer.parseInt(botMessage.param("message_id")));
        return this;
    }

    /** The message as an {@code edited_message} or {@code channel_post} instead of a new message. */
    public UpdateJson as(String updateField) {
        this.kind = updateField;
        return this;
    }

    public ObjectNode toUpdate(int updateId) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        if (callback != null) {
            ObjectNode press = callback.deepCopy();
            press.set("message", message.deepCopy());
            update.set("callback_query", press);
        } else {
            update.set(kind, message.deepCopy());
        }
        return update;
    }

    public String toJson(int updateId) {
        return JSON.writeValueAsString(toUpdate(updateId));
    }
}
