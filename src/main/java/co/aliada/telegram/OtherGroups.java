package co.aliada.telegram;

import java.util.function.Supplier;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;

/**
 * Groups other than the consultants': the journey is one person's (their consent, their business), so
 * there the bot only points to a private chat with a deep link, and nothing reaches the engine.
 */
final class OtherGroups {

    /** The deep link's start payload: where the private chat came from. */
    static final String START_PAYLOAD = "grupo";

    private final Long consultantsChatId;
    private final Supplier<BotIdentity> bot;
    private final Supplier<Texts> texts;

    OtherGroups(Long consultantsChatId, Supplier<BotIdentity> bot, Supplier<Texts> texts) {
        this.consultantsChatId = consultantsChatId;
        this.bot = bot;
        this.texts = texts;
    }

    /** Whether the update comes from a group, supergroup or channel that is not the consultants'. */
    boolean isOther(Update update) {
        Chat chat = update.hasMessage() ? update.getMessage().getChat()
                : update.hasEditedMessage() ? update.getEditedMessage().getChat()
                : update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null
                ? update.getCallbackQuery().getMessage().getChat() : null;
        return chat != null && !chat.isUserChat() && !chat.getId().equals(consultantsChatId);
    }

    /** The pointer to a private chat, in the language of whoever spoke to the bot. */
    Outbound pointer(Inbound in) {
        String name = bot.get().username();
        String lang = Texts.language(in.langHint());
        String text = name == null ? texts.get().get("telegram.group.private-only-unnamed", lang)
                : texts.get().get("telegram.group.private-only", lang, "link",
                        Html.escape("https://t.me/" + name + "?start=" + START_PAYLOAD), "bot", Html.escape("@" + name));
        return Outbound.text(in.chat(), text);
    }
}
