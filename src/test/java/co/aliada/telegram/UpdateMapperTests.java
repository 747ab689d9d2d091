package co.aliada.telegram;

import java.util.Optional;

import co.aliada.conversation.Inbound;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateMapperTests {

    private static final long GROUP = -100500;
    private static final long CONSULTANTS = -100900;

    private final UpdateMapper mapper = new UpdateMapper(() -> new BotIdentity(BotApiDouble.BOT_ID, BotApiDouble.BOT_USERNAME),
            CONSULTANTS, new BotCommands(name -> !name.equals("advisor"))::alias);

    private Optional<Inbound> map(UpdateJson json, int updateId) throws Exception {
        return mapper.map(new ObjectMapper().readValue(json.toJson(updateId), Update.class));
    }

    private Inbound one(UpdateJson json) throws Exception {
        return map(json, 7).orElseThrow();
    }

    @Test
    void textBecomesTextWithChatUserLanguageAndEventId() throws Exception {
        Inbound in = one(UpdateJson.message(42).from(42, "Ana", "en-US").text("Hola, tengo un reto"));

        assertThat(in.chat()).isEqualTo("tg:42");
        assertThat(in.user()).isEqualTo("42");
        assertThat(in.userName()).isEqualTo("Ana");
        assertThat(in.langHint()).isEqualTo("en-US");
        assertThat(in.kind()).isEqualTo(Inbound.Kind.TEXT);
        assertThat(in.payload()).isEqualTo("Hola, tengo un reto");
        assertThat(in.eventId()).isEqualTo("tg:7");
        assertThat(in.replyTo()).isNull();
    }

    @Test
    void commandLosesBotSuffixAndKeepsDeepLinkPayload() throws Exception {
        Inbound start = one(UpdateJson.message(42).text("/start@AliadaBot sector_ict"));
        Inbound help = one(UpdateJson.message(42).text("/AYUDA"));

        assertThat(start.kind()).isEqualTo(Inbound.Kind.COMMAND);
        assertThat(start.payload()).isEqualTo("start sector_ict");
        assertThat(start.commandName()).isEqualTo("start");
        assertThat(start.commandArgs()).isEqualTo("sector_ict");
        assertThat(help.payload()).isEqualTo("ayuda");
    }

    @Test
    void englishCommandTheEngineLacksBecomesItsSpanishName() throws Exception {
        assertThat(one(UpdateJson.message(42).text("/advisor")).payload()).isEqualTo("asesor");
        assertThat(one(UpdateJson.message(42).text("/help")).payload()).isEqualTo("help");
    }

    @Test
    void slashWithoutAValidNameIsText() throws Exception {
        assertThat(one(UpdateJson.message(42).text("/ hola")).kind()).isEqualTo(Inbound.Kind.TEXT);
    }

    @Test
    void buttonPressBecomesButtonInTheMessagesChat() throws Exception {
        Inbound in = one(UpdateJson.press(42, 9, "consent:yes").from(42, "Ana", "es"));

        assertThat(in.kind()).isEqualTo(Inbound.Kind.BUTTON);
        assertThat(in.chat()).isEqualTo("tg:42");
        assertThat(in.payload()).isEqualTo("consent:yes");
        assertThat(in.user()).isEqualTo("42");
        assertThat(in.eventId()).isEqualTo("tg:7");
    }

    @Test
    void mediaBecomesUnsupportedWithItsKindAndCaption() throws Exception {
        assertThat(one(UpdateJson.message(42).sticker()).payload()).isEqualTo("sticker");
        assertThat(one(UpdateJson.message(42).voice()).payload()).isEqualTo("voice");
        assertThat(one(UpdateJson.message(42).location()).payload()).isEqualTo("location");
        Inbound photo = one(UpdateJson.message(42).photo("mi producto"));
        assertThat(photo.kind()).isEqualTo(Inbound.Kind.UNSUPPORTED);
        assertThat(photo.payload()).as("the caption is kept for the transcript and the consultants").isEqualTo("photo: mi producto");
        assertThat(one(UpdateJson.message(42).photo("  ")).payload()).isEqualTo("photo");
    }

    @Test
    void replyCarriesTheRepliedText() throws Exception {
        Inbound in = one(UpdateJson.message(42).text("sí").replyTo("¿Le ayudo?", true));

        assertThat(in.replyTo()).isEqualTo("¿Le ayudo?");
    }

    @Test
    void anEditedTextIsACorrectionAndAnEditedCommandIsNothing() throws Exception {
        Inbound in = one(UpdateJson.message(42).text("editado").as("edited_message"));

        assertThat(in.kind()).isEqualTo(Inbound.Kind.TEXT);
        assertThat(in.payload()).isEqualTo("editado");
        assertThat(in.edited()).isTrue();
        assertThat(map(UpdateJson.message(42).text("/reiniciar").as("edited_message"), 1)).isEmpty();
    }

    @Test
    void aPhotoCarriesItsLargestFileIdAndCaptionAndALocationItsPlace() throws Exception {
        Inbound photo = one(UpdateJson.message(42).photo("la etiqueta nueva"));
        Inbound place = one(UpdateJson.message(42).location());

        assertThat(photo.kind()).isEqualTo(Inbound.Kind.UNSUPPORTED);
        assertThat(photo.media()).isEqualTo(new co.aliada.conversation.Media(co.aliada.conversation.Media.Type.PHOTO,
                "p1", "la etiqueta nueva"));
        assertThat(place.media().type()).isEqualTo(co.aliada.conversation.Media.Type.LOCATION);
        assertThat(place.media().ref()).isEqualTo("2.44,-76.61");
    }

    @Test
    void channelPostsAndMembershipChangesAreQuiet() throws Exception {
        assertThat(map(UpdateJson.group(GROUP, 5).text("noticia").as("channel_post"), 2)).isEmpty();
        String member = """
                {"update_id": 3, "my_chat_member": {"chat": {"id": 42, "type": "private"},
                 "from": {"id": 42, "is_bot": false, "first_name": "Ana"}, "date": 1700000000,
                 "old_chat_member": {"status": "member", "user": {"id": 123, "is_bot": true, "first_name": "Aliada"}},
                 "new_chat_member": {"status": "kicked", "until_date": 0, "user": {"id": 123, "is_bot": true, "first_name": "Aliada"}}}}
                """;
        assertThat(mapper.map(new ObjectMapper().readValue(member, Update.class))).isEmpty();
    }

    @Test
    void groupTalkNotForTheBotIsIgnored() throws Exception {
        assertThat(map(UpdateJson.group(GROUP, 5).text("buenos días a todos"), 1)).isEmpty();
        assertThat(map(UpdateJson.group(GROUP, 5).text("/start@OtroBot"), 2)).isEmpty();
        assertThat(map(UpdateJson.group(GROUP, 5).sticker(), 3)).isEmpty();
        assertThat(map(UpdateJson.group(GROUP, 5).text("sí").replyTo("hola", false), 4)).isEmpty();
    }

    @Test
    void groupTalkForTheBotPasses() throws Exception {
        assertThat(one(UpdateJson.group(GROUP, 5).text("/ayuda@AliadaBot")).payload()).isEqualTo("ayuda");
        Inbound reply = one(UpdateJson.group(GROUP, 5).text("gracias").replyTo("¿Algo más?", true));
        assertThat(reply.chat()).isEqualTo("tg:" + GROUP);
        assertThat(reply.user()).isEqualTo("5");
    }

    @Test
    void consultantsChatHearsEverything() throws Exception {
        Inbound in = one(UpdateJson.group(CONSULTANTS, 5).text("Yo tomo este caso").replyTo("Caso 12", false));

        assertThat(in.chat()).isEqualTo("tg:" + CONSULTANTS);
        assertThat(in.kind()).isEqualTo(Inbound.Kind.TEXT);
        assertThat(in.replyTo()).as("a person's message quoting a case tag routes nothing").isNull();
    }

    @Test
    void aReplyToTheBotsCardCarriesTheCardsText() throws Exception {
        Inbound in = one(UpdateJson.group(CONSULTANTS, 5).text("Ya le escribo").replyTo("Nuevo caso #caso-12", true));

        assertThat(in.replyTo()).isEqualTo("Nuevo caso #caso-12");
    }

    @Test
    void consultantReplyToACardCarriesTheCardText() throws Exception {
        BotApiDouble.Call card = new BotApiDouble.Call("sendMessage", java.util.Map.of(
                "text", UpdateJson.JSON.getNodeFactory().stringNode("Caso #12: Panadería"),
                "message_id", UpdateJson.JSON.getNodeFactory().numberNode(31)));
        Inbound in = one(UpdateJson.group(CONSULTANTS, 5).text("Hola, soy Marta").replyTo(card));

        assertThat(in.replyTo()).isEqualTo("Caso #12: Panadería");
        assertThat(in.user()).isEqualTo("5");
    }

    @Test
    void chatKeysRoundTripAndOtherChannelsAreNotTelegram() {
        assertThat(UpdateMapper.chatId(UpdateMapper.chatKey(-100500))).contains(-100500L);
        assertThat(UpdateMapper.chatId("web:abc")).isEmpty();
        assertThat(UpdateMapper.chatId("tg:x")).isEmpty();
    }
}
