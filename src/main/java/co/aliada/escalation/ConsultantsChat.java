package co.aliada.escalation;

import java.util.function.Predicate;

/** The consultants' chat key, or null when none is configured, and which person chats they can answer live. */
record ConsultantsChat(String key, Predicate<String> reachesLive) {

    static ConsultantsChat of(ConsultantsDesk desk) {
        return new ConsultantsChat(desk.chat().orElse(null), desk::reachesLive);
    }

    boolean configured() {
        return key != null;
    }

    boolean is(String chat) {
        return key != null && key.equals(chat);
    }

    /** Whether a consultant can answer this person's chat live. */
    boolean reaches(String chat) {
        return configured() && reachesLive.test(chat);
    }
}
