package co.aliada.onboarding;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Html;
import co.aliada.conversation.Texts;

/**
 * The sector as people and consultants read it: its label ({@code sector.<id>}), and for "Otro" what the business does
 * when the person said so ("Otro: venta de repuestos"); HTML, the person's words escaped.
 */
public final class SectorLabel {

    private SectorLabel() {
    }

    /** The chat's sector in this language, or null when none was given. */
    public static String of(ChatState state, Texts texts, String lang) {
        String sector = state.get(Onboarding.SECTOR);
        if (sector == null) {
            return null;
        }
        String key = "sector." + sector;
        String label = texts.has(key) ? texts.get(key, lang) : Html.escape(sector);
        String activity = state.get(Onboarding.ACTIVITY);
        return activity == null || !SectorStep.OTHER.equals(sector) ? label
                : texts.get("sector.with-activity", lang, "sector", label, "activity", Html.escape(activity));
    }
}
