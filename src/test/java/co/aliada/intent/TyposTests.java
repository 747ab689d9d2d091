package co.aliada.intent;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A misspelt word of a request that must never be missed is read as the word it was typed for. */
class TyposTests {

    private final IntentClassifier classifier = new IntentClassifier(() -> IntentModelTests.SHIPPED);

    @Test
    void oneLetterAddedDroppedChangedOrSwappedIsOneEdit() {
        assertThat(Typos.oneEditAway("elimnar", "eliminar")).isTrue();
        assertThat(Typos.oneEditAway("borrrar", "borrar")).isTrue();
        assertThat(Typos.oneEditAway("borrer", "borrar")).isTrue();
        assertThat(Typos.oneEditAway("restrat", "restart")).isTrue();
        assertThat(Typos.oneEditAway("eliminar", "eliminar")).isFalse();
        assertThat(Typos.oneEditAway("elmnar", "eliminar")).isFalse();
    }

    @Test
    void guessesOnlyUnknownLongWordsAmongTheGuessedIntentsWords() {
        Set<String> known = Set.of("eliminar", "explikam", "dat");
        assertThat(Typos.nearest("elimnar", known, Set.of("eliminar"))).containsExactly("eliminar");
        assertThat(Typos.nearest("explikarm", known, Set.of("eliminar"))).isEmpty();
        assertThat(Typos.nearest("dato", known, Set.of("dat"))).isEmpty();
    }

    @Test
    void aMisspeltVerbBesideKnownWordsStillAsksForItsRequest() {
        // "mis datos" asked for my_data more than the misspelt verb's trigrams asked to delete
        assertThat(classifier.classify("elimnar mis datos", "es").id()).isEqualTo("delete_my_data");
        assertThat(classifier.classify("deleet my data", "en").id()).isEqualTo("delete_my_data");
        assertThat(classifier.classify("restrat pls", "en").id()).isEqualTo("restart");
        // a real word no phrase has is not taken for another intent's word
        assertThat(classifier.classify("necesito que alguien me llame para explicarme", "es").id()).isEqualTo("talk_to_human");
        assertThat(classifier.classify("ver mis datos", "es").id()).isEqualTo("my_data");
    }
}
