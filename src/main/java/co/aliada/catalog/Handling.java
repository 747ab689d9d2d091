package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' words that tell produce damaged on the way to market ({@code handling.yml}), per language: the damage
 * ("estripado", "golpeado", "se machuca", "bruised", "crushed") and the way it is taken (the truck, the road, the
 * crates, arriving: "camion", "carretera", "canastas", "llega", "truck", "crates"); and the services such a text lifts.
 */
public record Handling(List<String> lifts, Map<String, List<String>> damage, Map<String, List<String>> way) {

    public static final Handling NONE = new Handling(List.of(), Map.of(), Map.of());

    public Handling {
        lifts = List.copyOf(lifts);
        damage = Map.copyOf(damage);
        way = Map.copyOf(way);
    }

    public List<String> damage(String lang) {
        return damage.getOrDefault(lang, List.of());
    }

    public List<String> way(String lang) {
        return way.getOrDefault(lang, List.of());
    }
}
