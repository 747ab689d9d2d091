package co.aliada.selfcheck;

import java.util.List;

/** One question; option {@code i} is the behaviour scored {@code i} (0–4). The hint may be null. */
record Question(String id, String area, Localized text, Localized hint, List<Localized> options) {
}
