package co.aliada.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Institution;
import co.aliada.challenge.ChallengeContent;
import co.aliada.conversation.Texts;
import co.aliada.selfcheck.SelfCheckLabels;

/**
 * Human names for what the figures count, taken from the content files ("Agroindustria", not
 * "agro"), so that the dashboard, the CSV and the Telegram report say the same thing as the bot.
 * An id without a name (content changed since the data was stored) shows as itself.
 */
class FigureLabels {

    private final Supplier<Texts> texts;
    private final SelfCheckLabels selfCheck;
    private final Supplier<ChallengeContent> challenges;
    private final Supplier<Catalog> catalog;

    FigureLabels(Supplier<Texts> texts, SelfCheckLabels selfCheck, Supplier<ChallengeContent> challenges,
                 Supplier<Catalog> catalog) {
        this.texts = texts;
        this.selfCheck = selfCheck;
        this.challenges = challenges;
        this.catalog = catalog;
    }

    String text(String key, String lang, Object... nameValues) {
        return texts.get().get(key, lang, nameValues);
    }

    String sector(String id, String lang) {
        String key = "sector." + id;
        return texts.get().has(key) ? plain(texts.get().get(key, lang)) : id;
    }

    /** A figure other features keep (follow-up), named by {@code admin.figure.<id>}; its id where no text names it. */
    String figure(String id, String lang) {
        String key = "admin.figure." + id;
        return texts.get().has(key) ? texts.get().get(key, lang) : id;
    }

    /** A row of such a figure: an answer named by {@code admin.figure.row.<id>}, a service by its name, else the id. */
    String row(String id, String lang) {
        String key = "admin.figure.row." + id;
        if (texts.get().has(key)) {
            return texts.get().get(key, lang);
        }
        return catalog.get().service(id).map(service -> service.name().in(lang)).orElse(id);
    }

    Map<String, String> levels(String lang) {
        return selfCheck.levels(lang);
    }

    Map<String, Double> baselinePercent() {
        return selfCheck.baselinePercent();
    }

    Map<String, String> areas(String lang) {
        return selfCheck.areas(lang);
    }

    List<String> drivers() {
        return challenges.get().drivers().stream().map(ChallengeContent.Driver::id).toList();
    }

    String driver(String id, String lang) {
        ChallengeContent.Driver driver = challenges.get().drivers().stream()
                .filter(d -> d.id().equals(id)).findFirst().orElse(null);
        return driver == null ? id : plain(driver.name().in(lang));
    }

    Catalog catalog() {
        return catalog.get();
    }

    Map<String, List<Institution>> institutionsByService() {
        return catalog.get().institutionsByService();
    }

    /** Without the leading emoji the buttons carry: a chart's font would print them as boxes. */
    private static String plain(String label) {
        return label.replaceFirst("^[^\\p{L}\\p{N}]+", "");
    }
}
