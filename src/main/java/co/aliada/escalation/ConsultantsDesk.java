package co.aliada.escalation;

import java.util.Optional;

/**
 * Where consultants hear of cases and answer them: a port that the channel hosting their group
 * implements (Telegram's adapter, from {@code aliada.telegram.consultants-chat-id}). Escalation
 * only sees chat keys; what they look like is the channel's business.
 */
public interface ConsultantsDesk {

    /** The consultants' chat key, or empty when none is configured (cases are stored, nobody is notified). */
    Optional<String> chat();

    /** Whether a consultant's answer can reach this person's chat while they talk (same channel as the group). */
    boolean reachesLive(String personChat);

    /** No consultants' group: cases are kept and the person is told someone will get in touch. */
    static ConsultantsDesk none() {
        return new ConsultantsDesk() {
            @Override
            public Optional<String> chat() {
                return Optional.empty();
            }

            @Override
            public boolean reachesLive(String personChat) {
                return false;
            }
        };
    }
}
