package co.aliada.selfcheck;

import java.util.List;

import co.aliada.content.Bilingual;

/** One question; option {@code i} is the behaviour scored {@code i} (0–4). The hint may be null. */
record Question(String id, String area, Bilingual text, Bilingual hint, List<Bilingual> options) {
}
