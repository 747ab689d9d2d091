package co.aliada.selfcheck;

import co.aliada.content.Bilingual;

/** One of the five maturity levels, with what it means in one line for the result. */
record Level(String id, Bilingual name, Bilingual meaning) {
}
