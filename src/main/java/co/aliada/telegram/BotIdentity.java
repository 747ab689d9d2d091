package co.aliada.telegram;

/** Who the bot is on Telegram ({@code getMe}), to tell which group messages are meant for it. */
record BotIdentity(long id, String username) {

    static final BotIdentity UNKNOWN = new BotIdentity(0, null);

    boolean isNamed(String name) {
        return username != null && username.equalsIgnoreCase(name);
    }
}
