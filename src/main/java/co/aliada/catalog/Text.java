package co.aliada.catalog;

/** A catalogue text in Spanish and English. */
public record Text(String es, String en) {

    /** The text in this language; Spanish unless English is asked for. */
    public String in(String lang) {
        return "en".equals(lang) ? en : es;
    }
}
