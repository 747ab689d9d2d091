package co.aliada.matching;

import java.util.List;
import java.util.Map;

import co.aliada.catalog.Handling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a text tells produce damaged on the way to market, read with the admins' words. */
class HandlingClauseTests {

    private static final Handling WORDS = new Handling(List.of("pd-quality-testing", "ci-process-advice"),
            Map.of("es", List.of("estripado", "se estripan", "golpeado", "golpiada"),
                    "en", List.of("bruised", "get crushed", "arrive damaged")),
            Map.of("es", List.of("camion", "carretera", "canastas", "llega"),
                    "en", List.of("truck", "road", "crates", "on the way")));
    private static final HandlingClause CLAUSE = new HandlingClause(WORDS);

    @ParameterizedTest
    @ValueSource(strings = {"el tomate llega estripado al mercado de popayan por los huecos de la carretera",
            "las moras se estripan en las canastas cuando las bajamos de la vereda",
            "EL AGUACATE LLEGA GOLPEADO A BOGOTA",
            "la fresa llega golpiada a cali",
            "por la carretera tan mala el tomate queda todo estripado",
            "the bananas get bruised in the back of the truck",
            "the tomatoes get crushed in the crates on the bumpy road",
            "our mangoes arrive damaged, the road is terrible"})
    void aDamageWordAndAWayWordInOneSentenceTell(String text) {
        assertThat(CLAUSE.tells(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"el camion ya salio con los tomates, llega como a las 3",
            "el tomate sale estripado de la finca",
            "the truck broke down on the road to cali",
            "the bananas are bruised and nobody buys them",
            "el tomate llego tarde. estaba estripado el de la vecina",
            "we arrive damaged? no, we arrive tired"})
    void aDamageOrAWayAloneOrInTwoSentencesDoesNot(String text) {
        assertThat(CLAUSE.tells(text)).as(text).isFalse();
    }

    @Test
    void noServiceToLiftReadsNothing() {
        Handling none = new Handling(List.of(), WORDS.damage(), WORDS.way());
        assertThat(new HandlingClause(none).tells("el tomate llega estripado")).isFalse();
        assertThat(new HandlingClause(Handling.NONE).tells("el tomate llega estripado")).isFalse();
        assertThat(CLAUSE.tells(null)).isFalse();
        assertThat(CLAUSE.lifts()).containsExactly("pd-quality-testing", "ci-process-advice");
    }
}
