package co.aliada.telegram;

import co.aliada.challenge.Forwarding;
import co.aliada.escalation.ConsultantsDesk;
import co.aliada.followup.ReachLater;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What other features need from Telegram even when the bot runs without a token. */
@Configuration(proxyBeanMethods = false)
class TelegramPortsConfiguration {

    @Bean
    ConsultantsDesk telegramConsultantsDesk(TelegramProperties properties) {
        return new TelegramConsultantsDesk(properties.consultantsChatId());
    }

    /** A private Telegram chat can be written to later (unless the person blocks the bot); groups are not people. */
    @Bean
    ReachLater telegramReachLater() {
        return chat -> UpdateMapper.chatId(chat).map(id -> id > 0).orElse(false);
    }

    /** Any Telegram message can be forwarded; the summary's footer says so. */
    @Bean
    Forwarding telegramForwarding() {
        return chat -> UpdateMapper.chatId(chat).isPresent();
    }
}
