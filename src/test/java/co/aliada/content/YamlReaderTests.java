package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one YAML reader every content loader uses: each wrong value is a problem on its own line, and reading goes on. */
class YamlReaderTests {

    private final Problems problems = new Problems();
    private final YamlReader read = new YamlReader(YamlDocument.parse("""
            name:
              es: Hola
              de: Hallo
            size: big
            tags: [a, "  ", b]
            """, "x.yml"), problems);

    @Test
    void notesEveryProblemWithItsLineAndKeepsReading() {
        assertThat(read.bilingual("/name", "name")).isNull();
        assertThat(read.integer("/size", "size", 1, 9)).isEqualTo(1);
        assertThat(read.strings("/tags", "tags", 0, 5)).containsExactly("a", "b");
        assertThat(read.only("", Set.of("name", "size"), "the file")).isTrue();

        assertThat(problems.list()).extracting(ContentProblem::toString).containsExactly(
                "x.yml:3: name has unknown language 'de' (use es and en)",
                "x.yml:1: name is missing its English (en) text",
                "x.yml:4: size must be a whole number from 1 to 9",
                "x.yml:5: tags has an empty item",
                "x.yml:5: the file has unknown field 'tags' (allowed: name, size)");
    }

    @Test
    void leftOutValuesTakeTheirDefaultsWithoutAProblem() {
        assertThat(read.optional("/kind", "university")).isEqualTo("university");
        assertThat(read.flag("/verified", "verified", false)).isFalse();
        assertThat(read.strings("/services", "services", 0, 5)).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    /** An admin who writes "verified: si" means yes; it was refused as a typo would be, and "talse" still is. */
    @Test
    void aFlagIsTrueOrFalseOrTheirSpanishAndEnglishWordsAndAnythingElseIsAProblem() {
        Problems found = new Problems();
        YamlReader flags = new YamlReader(YamlDocument.parse("""
                a: true
                b: sí
                c: Si
                d: "yes"
                e: false
                f: No
                g: talse
                h: 1
                """, "x.yml"), found);

        assertThat(List.of("a", "b", "c", "d", "e", "f").stream().map(key -> flags.flag("/" + key, key, false)))
                .containsExactly(true, true, true, true, false, false);
        assertThat(flags.flag("/g", "g", false)).isFalse();
        assertThat(flags.flag("/h", "h", true)).isTrue();
        assertThat(found.list()).extracting(ContentProblem::toString)
                .containsExactly("x.yml:7: g must be true or false", "x.yml:8: h must be true or false");
    }

    @Test
    void aBilingualTextAnswersInTheAskedLanguageAndSpanishOtherwise() {
        Bilingual hello = new Bilingual("Hola", "Hello");
        assertThat(List.of(hello.in("en"), hello.in("en-US"), hello.in("es"), hello.in("fr"), hello.in(null)))
                .containsExactly("Hello", "Hello", "Hola", "Hola", "Hola");
    }
}
