package co.aliada.telegram;

import co.aliada.escalation.ConsultantsDesk;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What other features need from Telegram even when the bot runs without a token. */
@Configuration(proxyBeanMethods = false)
class TelegramPortsConfiguration {

    @Bean
    ConsultantsDesk telegramConsultantsDesk(TelegramProperties properties) {
        return new TelegramConsultantsDesk(properties.consultantsChatId());
    }
}
