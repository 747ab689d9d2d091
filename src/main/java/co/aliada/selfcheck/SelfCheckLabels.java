package co.aliada.selfcheck;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The self-check's names for reports: level and area names as the content files give them, lowest
 * level first, and the article's share of companies per level (the baseline the figures compare with).
 */
public final class SelfCheckLabels {

    private final Supplier<SelfCheck> content;

    SelfCheckLabels(Supplier<SelfCheck> content) {
        this.content = content;
    }

    /** Level id → name, lowest level first. */
    public Map<String, String> levels(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        content.get().levels().forEach(level -> names.put(level.id(), level.name().in(lang)));
        return names;
    }

    /** Area id → name, in the model's order. */
    public Map<String, String> areas(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        content.get().areas().forEach(area -> names.put(area.id(), area.name().in(lang)));
        return names;
    }

    /** Level id → percentage of the article's companies at that level. */
    public Map<String, Double> baselinePercent() {
        SelfCheck check = content.get();
        double total = Math.max(1, check.baselineTotal());
        Map<String, Double> shares = new LinkedHashMap<>();
        check.levels().forEach(level -> shares.put(level.id(),
                100.0 * check.baseline().getOrDefault(level.id(), 0) / total));
        return shares;
    }
}
