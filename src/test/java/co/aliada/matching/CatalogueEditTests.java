package co.aliada.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Keywords;
import co.aliada.catalog.Service;
import co.aliada.content.Bilingual;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The "none" decision keeps its meaning when an admin adds services that have nothing to do with a text. */
class CatalogueEditTests {

    private static final Catalog SHIPPED = CatalogIndex.load(Path.of("catalog")).catalog();

    @Test
    void tenUnrelatedServicesDoNotChangeWhichTextsGetNone() {
        List<Service> more = new ArrayList<>(SHIPPED.services());
        String[][] topics = {
                {"peluqueria canina", "dog grooming", "baño y corte de pelo para perros", "bathing and haircuts for dogs"},
                {"astronomia aficionada", "amateur astronomy", "telescopios y observacion de estrellas", "telescopes and stargazing"},
                {"clases de ajedrez", "chess lessons", "aperturas y finales de ajedrez", "chess openings and endgames"},
                {"reparacion de bicicletas", "bicycle repair", "frenos, cadenas y llantas de bicicleta", "bicycle brakes, chains and tyres"},
                {"coro polifonico", "polyphonic choir", "ensayos de canto coral", "choral singing rehearsals"},
                {"apicultura urbana", "urban beekeeping", "colmenas en azoteas", "rooftop beehives"},
                {"origami", "paper folding", "figuras de papel plegado", "folded paper figures"},
                {"buceo recreativo", "recreational diving", "inmersiones con tanque y aletas", "dives with tank and fins"},
                {"ceramica artistica", "art pottery", "torno y esmaltes de ceramica", "pottery wheel and glazes"},
                {"cetreria", "falconry", "halcones y aves rapaces", "falcons and birds of prey"}};
        for (int i = 0; i < topics.length; i++) {
            String[] t = topics[i];
            more.add(new Service("zz-unrelated-" + i, SHIPPED.services().get(0).pillar(), new Bilingual(t[0], t[1]),
                    new Bilingual(t[2] + ".", t[3] + "."), new Keywords(List.of(t[0], t[2]), List.of(t[1], t[3]))));
        }
        Catalog edited = new Catalog(SHIPPED.pillars(), more, SHIPPED.institutions(), SHIPPED.synonyms(),
                SHIPPED.stopwords(), SHIPPED.causes(), SHIPPED.identity(), SHIPPED.notChallenges(), SHIPPED.launched(),
                SHIPPED.salesStaff(), SHIPPED.hiring(), SHIPPED.handling());
        CatalogIndex editedIndex = CatalogIndex.build(edited);
        LuceneMatcher after = new LuceneMatcher(() -> editedIndex);
        CatalogIndex shippedIndex = CatalogIndex.build(SHIPPED);
        LuceneMatcher shipped = new LuceneMatcher(() -> shippedIndex);
        List<String> changed = new ArrayList<>();
        List<String> texts = Stream.concat(DevSet.load().cases().stream(), DevSet.load(DevSet.HELD_OUT).cases().stream())
                .map(DevSet.Case::text).toList();
        for (String text : texts) {
            if (shipped.match(text, "es", 3).none() != after.match(text, "es", 3).none()) {
                changed.add(text);
            }
        }
        assertThat(changed).as("texts whose none decision moved (%d texts checked)", texts.size()).isEmpty();
    }
}
