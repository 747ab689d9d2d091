package co.aliada.intent;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A diminutive is read as the word it makes small, as the Spanish phrases' words are read (folded, lightly stemmed). */
class DiminutivesTests {

    @Test
    void readsAnItoOrAnIcoAsTheWordItMakesSmall() {
        assertThat(Diminutives.base("pokit", Set.of("poko"))).isEqualTo("poko"); // poquito
        assertThat(Diminutives.base("numerit", Set.of("numer"))).isEqualTo("numer"); // numerito
        assertThat(Diminutives.base("ratik", Set.of("rato"))).isEqualTo("rato"); // ratico
        assertThat(Diminutives.base("momentik", Set.of("moment"))).isEqualTo("moment"); // momentico
    }

    @Test
    void readsACitoAsTheWordItMakesSmall() {
        assertThat(Diminutives.base("asesorsit", Set.of("asesor"))).isEqualTo("asesor"); // asesorcito
        assertThat(Diminutives.base("resumensit", Set.of("resumen"))).isEqualTo("resumen"); // resumencito
    }

    @Test
    void readsADiminutiveOfADiminutiveAsTheNearestWordAPhraseKnows() {
        assertThat(Diminutives.base("toditik", Set.of("todo"))).isEqualTo("todo"); // toditico
        assertThat(Diminutives.base("toditik", Set.of("todo", "todit"))).isEqualTo("todit");
    }

    @Test
    void givesNothingForAWordThatOnlyEndsLikeOne() {
        assertThat(Diminutives.base("publik", Set.of("publ", "publo"))).isNull(); // publico: -ico only after a t
        assertThat(Diminutives.base("exit", Set.of("ex", "exo"))).isNull(); // exito: too little left
        assertThat(Diminutives.base("kredit", Set.of("todo"))).isNull(); // credito: no phrase knows a "credo"
    }
}
