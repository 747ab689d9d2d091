package co.aliada.onboarding;

import java.util.List;

/**
 * The first steps of every conversation: greeting and consent, then a short company profile. The step
 * ids are the profile's chat-state keys; other features read the answers through {@link Profile}.
 */
public final class Onboarding {

    public static final String CONSENT = "start";
    public static final String DECLINED = "declined";
    /** The button data that gives consent, also from other features' screens shown to someone who declined. */
    public static final String ACCEPT_CONSENT = "consent:yes";
    /** A question another feature asks right after consent (being written to later); it hands over to {@link #SECTOR}. */
    public static final String AFTER_CONSENT = "consent.contact-later";
    public static final String SECTOR = "profile.sector";
    public static final String SIZE = "profile.size";
    public static final String MUNICIPALITY = "profile.municipality";
    public static final String COMPANY = "profile.company";
    /** What a business of the "other" sector does, in the person's words (optional); shown beside the sector's label. */
    public static final String ACTIVITY = "profile.activity";
    /** Where the profile hands over; the menu stands in when the self-check is absent. */
    public static final String AFTER_PROFILE = "selfcheck";

    /** Sector ids of the study, plus "other"; labels live in intents/texts as {@code sector.<id>}. */
    public static final List<String> SECTORS = List.of(
            "agribusiness", "commerce", "ict", "manufacturing", "construction", "tourism", "other");
    /** Company sizes by headcount, as Colombia classifies MSMEs. */
    public static final List<String> SIZES = List.of("micro", "small", "medium");

    /**
     * Prefix of the profile keys in the chat state (the step ids above double as their keys); all
     * personal, so written only after consent. Other features read them through {@link Profile}.
     */
    static final String PROFILE = "profile.";
    /** A sector carried by a deep link ({@code t.me/bot?start=agribusiness}); not personal. */
    static final String LINK_SECTOR = "start.sector";
    static final String LINK_SECTOR_PREFIX = "start.";

    /**
     * Whether the chat stands at a question asked to change one profile answer ({@code /perfil}): its answer is the bot's,
     * also while a request for an advisor is open, since the person asked for that question.
     */
    public static boolean changingProfile(String step) {
        return step != null && step.startsWith(ProfileChange.STEPS);
    }

    private Onboarding() {
    }
}
