package co.aliada.escalation;

import java.util.Locale;

import co.aliada.conversation.Html;
import co.aliada.conversation.Texts;

/**
 * How a consultant is shown to the people they help: a name, an institution, and the word for their
 * role that follows the person ("asesora", "asesor" or a neutral one).
 */
record Consultant(String id, String name, String institution, Word word) {

    /** The role word: feminine, masculine or neutral; its texts are {@code consultants.role.<f|m|n>}. */
    enum Word { F, M, N }

    /**
     * Reads {@code /soy María López, Cámara de Comercio del Cauca, asesora}: the name first, then, in any
     * order, an institution and the word (asesora / asesor / neutro); null when there is no name.
     */
    static Consultant parse(String id, String args) {
        String[] parts = args.strip().split("\\s*,\\s*");
        if (parts.length == 0 || parts[0].isBlank()) {
            return null;
        }
        Word word = Word.N;
        String institution = null;
        for (int i = 1; i < parts.length; i++) {
            Word said = word(parts[i]);
            if (said != null) {
                word = said;
            } else if (!parts[i].isBlank() && institution == null) {
                institution = cut(parts[i]);
            }
        }
        return new Consultant(id, cut(parts[0]), institution, word);
    }

    private static Word word(String part) {
        return switch (part.strip().toLowerCase(Locale.ROOT)) {
            case "asesora", "consultora", "female", "she" -> Word.F;
            case "asesor", "consultor", "male", "he" -> Word.M;
            case "neutro", "neutral", "equipo", "team" -> Word.N;
            default -> null;
        };
    }

    private static String cut(String s) {
        String t = s.strip();
        return t.length() > 120 ? t.substring(0, 120) : t;
    }

    /** "asesora, Cámara de Comercio" in the person's language, escaped for HTML. */
    String role(Texts texts, String lang) {
        String w = texts.get("consultants.role." + word.name().toLowerCase(Locale.ROOT), lang);
        return institution == null ? w : w + ", " + Html.escape(institution);
    }

    String escapedName() {
        return Html.escape(name);
    }
}
