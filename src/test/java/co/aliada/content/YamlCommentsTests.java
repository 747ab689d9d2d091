package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

/** A '#' that cuts a value short is reported with its line; comments of their own and block texts are not. */
class YamlCommentsTests {

    @Test
    void warnsWhenACommentFollowsATextValueOnTheSameLine() {
        String yaml = "institutions:\n  - id: x\n    contact: calle 4 # 2-67, Popayán\n    city: Popayán\n";

        assertThat(YamlComments.warnings(yaml, "institutions.yml")).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("\"calle 4\"", "quotes");
        });
    }

    @Test
    void leavesQuotedValuesCommentLinesNumbersAndBlockTextsAlone() {
        String yaml = "# a comment\ncontact: \"calle 4 # 2-67\"\nthresholds: [1.5, 2.5]  # calibrated\nmax: 3 # words\n"
                + "text: |\n  Paso # 1: escriba\n  # not a comment here\nnext: ok\n- 'a # b'\n";

        assertThat(YamlComments.warnings(yaml, "x.yml")).isEmpty();
    }
}
