package co.aliada.matching;

import java.util.List;
import java.util.Map;

import co.aliada.catalog.Hiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a text tells a person still to hire, read with the admins' words. */
class HiringClauseTests {

    private static final Hiring WORDS = new Hiring(List.of("ci-talent-development"),
            Map.of("es", List.of("contratar", "contratando"), "en", List.of("hire", "hiring")),
            Map.of("es", List.of("una persona", "alguien", "un vendedor", "un diseñador"),
                    "en", List.of("someone", "a person", "a salesperson")),
            Map.of("es", List.of("que haga", "para hacer"), "en", List.of("to build")));
    private static final HiringClause CLAUSE = new HiringClause(WORDS);

    @ParameterizedTest
    @ValueSource(strings = {"quiero contratar una persona que me lleve la contabilidad",
            "NECESITO CONTRATAR UN VENDEDOR pero no se como escogerlo",
            "queremos contratar un disenador que sepa hacer empaques",
            "estamos contratando a alguien pa la caja",
            "we need to hire someone who knows marketing",
            "we want to hire a salesperson, but how do we choose?"})
    void aHiringVerbThenThePersonInOneSentenceTells(String text) {
        assertThat(CLAUSE.tells(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"queremos contratar internet pa la finca",
            "una persona nos dijo que toca contratar",
            "contratamos a una persona y no sirvio",
            "we hired someone last month",
            "necesitamos contratar. una persona nos lleva la contabilidad",
            "necesitamos contratar a alguien que haga la aplicacion",
            "we need to hire someone to build an app for deliveries"})
    void noPersonAfterTheVerbAOneOffJobOrAHiringDoneDoesNot(String text) {
        assertThat(CLAUSE.tells(text)).as(text).isFalse();
    }

    @Test
    void withoutWorkWordsOnlyTheVerbAndThePersonCount() {
        Hiring noWork = new Hiring(WORDS.lifts(), WORDS.hire(), WORDS.person(), Map.of());
        assertThat(new HiringClause(noWork).tells("necesitamos contratar a alguien que haga la aplicacion")).isTrue();
    }

    @Test
    void noServiceToLiftReadsNothing() {
        Hiring none = new Hiring(List.of(), WORDS.hire(), WORDS.person(), WORDS.forWork());
        assertThat(new HiringClause(none).tells("quiero contratar una persona")).isFalse();
        assertThat(new HiringClause(Hiring.NONE).tells("quiero contratar una persona")).isFalse();
        assertThat(CLAUSE.tells(null)).isFalse();
        assertThat(CLAUSE.lifts()).containsExactly("ci-talent-development");
    }
}
