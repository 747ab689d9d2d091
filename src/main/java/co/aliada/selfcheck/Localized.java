package co.aliada.selfcheck;

import co.aliada.conversation.Texts;

/** A content text in Spanish and English. */
record Localized(String es, String en) {

    String in(String lang) {
        return Texts.ENGLISH.equals(Texts.language(lang)) ? en : es;
    }
}
