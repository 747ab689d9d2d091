package co.aliada.privacy;

import co.aliada.content.ContentPart;
import co.aliada.conversation.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Warns at start while the privacy notice still names no data controller: Ley 1581 requires one. */
final class ControllerNoticeCheck {

    static final String KEY = "privacy.controller";
    private static final String PLACEHOLDER = "edite este texto";
    private static final Logger log = LoggerFactory.getLogger(ControllerNoticeCheck.class);

    private final ContentPart<Texts> texts;

    ControllerNoticeCheck(ContentPart<Texts> texts) {
        this.texts = texts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfUnedited() {
        if (unedited(texts.current().content())) {
            log.warn("{} in intents/texts/privacy.yml still holds the placeholder: name the data controller before going live", KEY);
        }
    }

    static boolean unedited(Texts texts) {
        return !texts.has(KEY) || texts.get(KEY, Texts.SPANISH).contains(PLACEHOLDER);
    }
}
