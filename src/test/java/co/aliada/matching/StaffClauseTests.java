package co.aliada.matching;

import java.util.List;
import java.util.Map;

import co.aliada.catalog.SalesStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a text tells sales staff who do not sell, read with the admins' words. */
class StaffClauseTests {

    private static final SalesStaff WORDS = new SalesStaff(List.of("mp-sales-training"),
            Map.of("es", List.of("los muchachos", "las chicas de la caja"), "en", List.of("our reps", "my staff")),
            Map.of("es", List.of("no saben ofrecer", "no saludan"), "en", List.of("just wait for", "don't greet")));
    private static final StaffClause CLAUSE = new StaffClause(WORDS);

    @ParameterizedTest
    @ValueSource(strings = {"los muchachos de la tienda no saben ofrecer los productos",
            "LAS CHICAS DE LA CAJA no saludan a la gente",
            "my staff at the stall just wait for customers",
            "our reps don’t greet the shopkeepers"})
    void aStaffWordThenAFailedSaleInOneSentenceTells(String text) {
        assertThat(CLAUSE.tells(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"los muchachos se fueron a almorzar",
            "no saben ofrecer los productos",
            "no saben ofrecer nada y los muchachos tampoco",
            "los muchachos se fueron. no saben ofrecer los productos en otra tienda",
            "necesito contratar un vendedor que sepa ofrecer"})
    void aStaffWordAloneOrAFailedSaleElsewhereDoesNot(String text) {
        assertThat(CLAUSE.tells(text)).as(text).isFalse();
    }

    @Test
    void noServiceToLiftReadsNothing() {
        SalesStaff none = new SalesStaff(List.of(), WORDS.staff(), WORDS.notSelling());
        assertThat(new StaffClause(none).tells("los muchachos no saben ofrecer")).isFalse();
        assertThat(new StaffClause(SalesStaff.NONE).tells("los muchachos no saben ofrecer")).isFalse();
    }
}
