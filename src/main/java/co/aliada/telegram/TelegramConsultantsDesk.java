package co.aliada.telegram;

import java.util.Optional;

import co.aliada.escalation.ConsultantsDesk;

/**
 * The consultants' group is a Telegram chat ({@code aliada.telegram.consultants-chat-id}); consultants
 * answer live only people who talk from Telegram too. Present with or without a token, so cases still
 * name the group when the bot runs without Telegram (as tests and the terminal chat do).
 */
record TelegramConsultantsDesk(Long consultantsChatId) implements ConsultantsDesk {

    @Override
    public Optional<String> chat() {
        return Optional.ofNullable(consultantsChatId).map(UpdateMapper::chatKey);
    }

    @Override
    public boolean reachesLive(String personChat) {
        return UpdateMapper.chatId(personChat).isPresent();
    }
}
