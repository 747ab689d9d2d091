package co.aliada.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says once at start when Telegram is off, and where to chat instead. */
@Component
class TelegramNotice implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TelegramNotice.class);

    private final TelegramProperties properties;

    TelegramNotice(TelegramProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!properties.enabled()) {
            String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
            log.info("Telegram is off: no aliada.telegram.token; local chat at http://localhost:{}/", port);
        }
    }
}
