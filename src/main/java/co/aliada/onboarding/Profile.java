package co.aliada.onboarding;

import co.aliada.conversation.ChatState;

/**
 * The company profile onboarding asks for, as other features read it (challenge recommendations,
 * the summary, the consultants' case card). Onboarding owns the chat-state keys behind it; every
 * field is null until answered.
 *
 * @param sector       a sector id of {@link Onboarding#SECTORS}; its label is the text {@code sector.<id>}
 * @param size         a size id of {@link Onboarding#SIZES}; its label is the text {@code size.<id>}
 * @param municipality where the company works, as the person wrote it
 * @param company      the company's name, as the person wrote it
 */
public record Profile(String sector, String size, String municipality, String company) {

    /** The profile kept in this chat's state. */
    public static Profile of(ChatState state) {
        return new Profile(state.get(Onboarding.SECTOR), state.get(Onboarding.SIZE),
                state.get(Onboarding.MUNICIPALITY), state.get(Onboarding.COMPANY));
    }

    /**
     * The profile's first question (the sector) when it was never answered, or null: a challenge can be started from
     * the consent's first question, and the profile then still waits.
     */
    public String stillToAsk() {
        return sector == null ? Onboarding.SECTOR : null;
    }

    /** Whether a chat-state key belongs to the profile (personal data, written only after consent). */
    public static boolean isProfileKey(String key) {
        return key.startsWith(Onboarding.PROFILE);
    }

    /**
     * Whether a chat-state key is onboarding's own bookkeeping (a deep link's sector, where a /perfil change returns
     * to and which answer it changes), nothing the person told.
     */
    public static boolean isBookkeeping(String key) {
        return key.startsWith(Onboarding.LINK_SECTOR_PREFIX) || key.startsWith(ProfileChange.BOOKKEEPING);
    }
}
