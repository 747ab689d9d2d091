package co.aliada.selfcheck;

/** One of the five maturity levels, with what it means in one line for the result. */
record Level(String id, Localized name, Localized meaning) {
}
