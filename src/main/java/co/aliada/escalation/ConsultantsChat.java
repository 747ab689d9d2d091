package co.aliada.escalation;

/** The consultants' chat key ({@code tg:<id>}), or null when none is configured. */
record ConsultantsChat(String key) {

    static ConsultantsChat telegram(Long chatId) {
        return new ConsultantsChat(chatId == null ? null : "tg:" + chatId);
    }

    boolean configured() {
        return key != null;
    }

    boolean is(String chat) {
        return key != null && key.equals(chat);
    }
}
