package co.aliada.selfcheck;

/** One of the six areas of the model; {@code shortName} labels the chart. */
record Area(String id, Localized name, Localized shortName, Localized nextStep) {
}
