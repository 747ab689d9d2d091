package co.aliada.selfcheck;

import java.util.List;
import java.util.Locale;

import co.aliada.conversation.Drawer;
import co.aliada.conversation.Outbound;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result's radar chart as a recipe: the finishing turn keeps the title, labels and values (a few hundred
 * bytes), and the PNG is drawn only when a channel shows it. Drawing takes more CPU than the rest of a turn,
 * and a PNG kept in the turn's rows makes every later write near them heavier.
 */
final class RadarDrawer implements Drawer {

    static final String RECIPE_TYPE = "application/vnd.aliada.radar+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the chart shows; {@code previous} null when there is no earlier self-check to draw beside it. */
    record Recipe(String title, List<String> labels, List<Double> values, List<Double> previous, String locale) {
    }

    /** The attachment a reply carries: named as the picture it becomes, its bytes the recipe. */
    static Outbound.Attachment recipe(String fileName, Recipe recipe) {
        return new Outbound.Attachment(fileName, RECIPE_TYPE, JSON.writeValueAsBytes(recipe));
    }

    @Override
    public String recipeType() {
        return RECIPE_TYPE;
    }

    @Override
    public Outbound.Attachment draw(Outbound.Attachment recipe) {
        Recipe r = JSON.readValue(recipe.bytes(), Recipe.class);
        byte[] png = RadarChart.png(r.title(), r.labels(), r.values(), r.previous(), Locale.forLanguageTag(r.locale()));
        return new Outbound.Attachment(recipe.fileName(), "image/png", png);
    }
}
