package co.aliada.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Handling;

/**
 * Whether a text tells produce damaged on the way to market, with the admins' words ({@code handling.yml}): a word of
 * damage ("estripado", "golpeado", "se machuca", "bruised", "crushed") and, in the same sentence, before or after it, a
 * word of the way (the truck, the road, the crates, arriving: "camion", "carretera", "canastas", "llega", "truck",
 * "crates"). The way's words otherwise lead to distribution channels or market entry, while what the business needs is
 * to handle and pack the produce so it keeps. Both languages' words are looked for in every text, as the matcher
 * searches both languages. Built once per catalogue version.
 */
final class HandlingClause implements LiftingClause {

    private final Map<String, List<List<String>>> damage = new HashMap<>();
    private final Map<String, List<List<String>>> way = new HashMap<>();
    private final List<String> lifts;

    HandlingClause(Handling words) {
        this.lifts = words.lifts();
        for (String lang : Fields.LANGS) {
            words.damage(lang).forEach(w -> MarkerWords.addByFirstWord(damage, MarkerWords.WORD, w));
            words.way(lang).forEach(w -> MarkerWords.addByFirstWord(way, MarkerWords.WORD, w));
        }
    }

    /** Whether a sentence of the text has a word of damage and a word of the way. */
    @Override
    public boolean tells(String text) {
        if (text == null || lifts.isEmpty() || damage.isEmpty() || way.isEmpty()) {
            return false;
        }
        for (List<String> folded : MarkerWords.sentences(text)) {
            if (MarkerWords.firstAt(damage, folded, 0) >= 0 && MarkerWords.firstAt(way, folded, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> lifts() {
        return lifts;
    }
}
