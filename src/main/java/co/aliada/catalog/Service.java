package co.aliada.catalog;

import co.aliada.content.Bilingual;

/** An innovation service of the catalogue, in one pillar. */
public record Service(String id, String pillar, Bilingual name, Bilingual description, Keywords keywords) {
}
