package co.aliada.selfcheck;

import co.aliada.content.Bilingual;

/** One of the six areas of the model; {@code shortName} labels the chart. */
record Area(String id, Bilingual name, Bilingual shortName, Bilingual nextStep) {
}
