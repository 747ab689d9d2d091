package co.aliada.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;

/** Progress between two self-checks, compared by the values the person sees. */
class ProgressTests {

    private static final List<String> AREAS = List.of("leadership", "planning", "people", "innovation-intelligence",
            "processes", "results");
    private static final Map<String, String> NAMES = Map.of("leadership", "Liderazgo", "processes", "Procesos",
            "results", "Resultados", "people", "Personas");

    @Test
    void comparesEachAreaByItsShownValue() {
        Progress progress = Progress.between(
                Map.of("leadership", 2.0, "processes", 1.5, "results", 0.67, "people", 3.0),
                Map.of("leadership", 2.04, "processes", 2.5, "results", 1.0, "people", 2.94), AREAS);

        assertThat(progress.up()).containsExactly("processes", "results");
        assertThat(progress.same()).containsExactly("leadership"); // 2.04 is shown as 2.0
        assertThat(progress.down()).containsExactly("people"); // 2.94 is shown as 2.9
    }

    @Test
    void aDropOfOneShownDecimalIsADrop() {
        Progress progress = Progress.between(Map.of("people", 3.0), Map.of("people", 2.94), AREAS);
        assertThat(progress.down()).containsExactly("people");
        assertThat(progress.same()).isEmpty();
    }

    @Test
    void areasMissingFromEitherResultAreLeftOut() {
        Progress progress = Progress.between(Map.of("leadership", 1.0), Map.of("leadership", 1.0, "planning", 3.0), AREAS);
        assertThat(progress).isEqualTo(new Progress(List.of(), List.of("leadership"), List.of()));
        assertThat(Progress.between(Map.of(), Map.of("leadership", 1.0), AREAS).isEmpty()).isTrue();
    }

    @Test
    void saysItInOneLine() {
        Progress progress = Progress.between(Map.of("leadership", 2.0, "processes", 1.0, "results", 1.0, "people", 3.0),
                Map.of("leadership", 2.0, "processes", 2.0, "results", 1.5, "people", 2.5), AREAS);
        assertThat(progress.sentence(turn("es"), NAMES::get))
                .isEqualTo("subió en Procesos y Resultados, igual en Liderazgo, bajó en Personas");
        assertThat(progress.sentence(turn("en"), NAMES::get))
                .isEqualTo("up in Procesos and Resultados, the same in Liderazgo, down in Personas");
    }

    private static Turn turn(String lang) {
        return new Turn(Inbound.text("tg:1", ""), new ChatState("tg:1", lang, null, ChatState.Consent.ACCEPTED, Map.of()),
                TestTexts.texts(), Understanding.Intent.NONE, name -> true);
    }
}
