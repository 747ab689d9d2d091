package co.aliada.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTests {

    @Test
    void nulsAndLoneSurrogatesBecomeReplacementCharactersWhilePairsStay() {
        assertThat(StorableText.clean("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(StorableText.clean("\ud800x\udc00")).isEqualTo("\uFFFDx\uFFFD");
        assertThat(StorableText.clean("ok 👋 ñ\n\t")).isEqualTo("ok 👋 ñ\n\t");
        assertThat(StorableText.clean("end\ud83d")).isEqualTo("end\uFFFD");
    }
}
