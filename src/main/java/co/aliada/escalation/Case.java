package co.aliada.escalation;

import java.time.Instant;

/** One escalation: an entrepreneur's chat waiting for, or talking with, a consultant. */
record Case(long id, String chat, Status status, String reason, String lang, Instant openedAt,
            String takenByName, String takenById, Instant takenAt, Instant closedAt, String closeReason) {

    enum Status { OPEN, TAKEN, CLOSED }

    /** The tag consultants see on the card and every relayed message; replies are routed by it. */
    String tag() {
        return CaseTag.of(id);
    }

    boolean active() {
        return status != Status.CLOSED;
    }
}
