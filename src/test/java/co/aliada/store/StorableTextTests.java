package co.aliada.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTests {

    @Test
    void nulsAndLoneSurrogatesBecomeReplacementCharactersWhilePairsStay() {
        assertThat(JdbcChatStore.storable("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(JdbcChatStore.storable("\ud800x\udc00")).isEqualTo("\uFFFDx\uFFFD");
        assertThat(JdbcChatStore.storable("ok 👋 ñ\n\t")).isEqualTo("ok 👋 ñ\n\t");
        assertThat(JdbcChatStore.storable("end\ud83d")).isEqualTo("end\uFFFD");
    }
}
