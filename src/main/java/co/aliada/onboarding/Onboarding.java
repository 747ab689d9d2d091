package co.aliada.onboarding;

import java.util.List;

/** The first steps of every conversation: greeting and consent, then a short company profile. */
public final class Onboarding {

    public static final String CONSENT = "start";
    public static final String DECLINED = "declined";
    public static final String SECTOR = "profile.sector";
    public static final String SIZE = "profile.size";
    public static final String MUNICIPALITY = "profile.municipality";
    public static final String COMPANY = "profile.company";
    /** Where the profile hands over; the menu stands in when the self-check is absent. */
    public static final String AFTER_PROFILE = "selfcheck";

    /** Sector ids of the study, plus "other"; labels live in intents/texts as {@code sector.<id>}. */
    public static final List<String> SECTORS = List.of(
            "agribusiness", "commerce", "ict", "manufacturing", "construction", "tourism", "other");
    /** Company sizes by headcount, as Colombia classifies MSMEs. */
    public static final List<String> SIZES = List.of("micro", "small", "medium");

    /** Profile keys in the chat state; all personal, so written only after consent. */
    public static final String PROFILE = "profile.";
    public static final String PROFILE_SECTOR = "profile.sector";
    public static final String PROFILE_SIZE = "profile.size";
    public static final String PROFILE_MUNICIPALITY = "profile.municipality";
    public static final String PROFILE_COMPANY = "profile.company";
    /** A sector carried by a deep link ({@code t.me/bot?start=agribusiness}); not personal. */
    public static final String LINK_SECTOR = "start.sector";

    private Onboarding() {
    }
}
