package co.aliada.catalog;

import java.util.List;

import co.aliada.content.Bilingual;

/**
 * One of the four pillars of innovation services.
 *
 * @param drivers innovation drivers whose challenges lean towards this pillar (a slight nudge only)
 * @param areas   self-check areas whose weakness leans towards this pillar (a slight nudge only)
 */
public record Pillar(String id, Bilingual name, Bilingual description, Keywords keywords,
                     List<String> drivers, List<String> areas) {

    public Pillar {
        drivers = List.copyOf(drivers);
        areas = List.copyOf(areas);
    }
}
