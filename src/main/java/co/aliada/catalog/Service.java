package co.aliada.catalog;

/** An innovation service of the catalogue, in one pillar. */
public record Service(String id, String pillar, Text name, Text description, Keywords keywords) {
}
