package co.aliada.content;

/** A content text in Spanish and English, as every content file writes it ({@code es:} and {@code en:}). */
public record Bilingual(String es, String en) {

    /** The text in this language: English for any {@code en…} tag, Spanish otherwise. */
    public String in(String lang) {
        return lang != null && lang.toLowerCase().startsWith("en") ? en : es;
    }
}
