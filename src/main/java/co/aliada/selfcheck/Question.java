package co.aliada.selfcheck;

import java.util.List;

import co.aliada.content.Bilingual;

/**
 * One question; option {@code i} is the behaviour scored {@code i} (0–4). The hint may be null, and so
 * may the one-line explanation shown on demand ("¿Qué significa?").
 */
record Question(String id, String area, Bilingual text, Bilingual hint, Bilingual explain, List<Bilingual> options) {
}
