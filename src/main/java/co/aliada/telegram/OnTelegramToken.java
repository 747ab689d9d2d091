package co.aliada.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Telegram beans exist only when a bot token is configured. */
class OnTelegramToken implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("aliada.telegram.token", "");
        return !token.isBlank();
    }

    /** A token and {@code aliada.telegram.mode=webhook}. */
    static class Webhook extends OnTelegramToken {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return super.matches(context, metadata)
                    && "webhook".equalsIgnoreCase(context.getEnvironment().getProperty("aliada.telegram.mode", ""));
        }
    }
}
