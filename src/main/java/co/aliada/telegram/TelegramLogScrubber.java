package co.aliada.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * The Telegram library and its HTTP client may log exceptions whose messages hold the request URL,
 * and with it the bot token. Their events are re-logged here with the token hidden and the stack
 * left out; the originals are dropped.
 */
final class TelegramLogScrubber extends TurboFilter {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger("co.aliada.telegram.TelegramLibrary");
    private static final String[] SCRUBBED = {"org.telegram", "okhttp3"};

    /** Adds the filter to Logback once; other logging back-ends are left alone. */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(TelegramLogScrubber.class::isInstance)) {
            TelegramLogScrubber filter = new TelegramLogScrubber();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || level == null || !scrubbed(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        if (level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            Throwable error = t;
            if (error == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
                error = last;
            }
            String text = MessageFormatter.arrayFormat(format, params).getMessage();
            String line = Secrets.scrub(shortName(logger.getName()) + ": " + text
                    + (error == null ? "" : " (" + Secrets.describe(error) + ")"));
            switch (level.toInt()) {
                case Level.ERROR_INT -> log.error(line);
                case Level.WARN_INT -> log.warn(line);
                case Level.INFO_INT -> log.info(line);
                default -> log.debug(line);
            }
        }
        return FilterReply.DENY;
    }

    private static boolean scrubbed(String name) {
        for (String prefix : SCRUBBED) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String shortName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
