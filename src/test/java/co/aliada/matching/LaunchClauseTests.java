package co.aliada.matching;

import java.util.List;
import java.util.Map;

import co.aliada.catalog.Launched;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a text tells a product already out whose progress nobody knows, read with the admins' words. */
class LaunchClauseTests {

    private static final Launched WORDS = new Launched(
            Map.of("es", List.of("lanzamos", "sacamos", "ya salio", "salio en"), "en", List.of("launched", "we released")),
            Map.of("es", List.of("no sabemos", "no se si", "ni idea"), "en", List.of("no idea", "don't know", "whether")),
            Map.of("es", List.of("vamos a lanzar", "queremos sacar"), "en", List.of("planning to launch")),
            List.of("mp-performance-monitoring"), List.of("pd-npd-planning"));
    private static final LaunchClause CLAUSE = new LaunchClause(WORDS);

    @ParameterizedTest
    @ValueSource(strings = {"sacamos el yogur de mora hace 4 meses y no sabemos si se vende",
            "LANZAMOS la salsa en agosto y ni idea como va",
            "el menu nuevo salió en enero y no sé si gustó",
            "ya salió la panela a las tiendas pero no se si la compran",
            "we launched our coffee bags in june and have no idea how they sell",
            "we released the app and we don’t know whether people use it",
            "no sabemos como va el tour que lanzamos en marzo"})
    void tellsALaunchedProductWhoseResultIsNotKnown(String text) {
        assertThat(CLAUSE.tells(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sacamos el yogur de mora hace 4 meses y se vende bien",
            "no sabemos si el yogur de mora se vende",
            "vamos a lanzar una salsa y no sabemos si se vendera",
            "lanzamos la salsa el año pasado y queremos sacar otra pero no se si vale la pena",
            "we are planning to launch an app and have no idea whether it is viable",
            "a unos clientes les salio el queso con hongos y no sabemos por que",
            "lanzamiento del producto: no sabemos la fecha",
            ""})
    void doesNotTellOneWithoutBothWordsOrWithALaunchToCome(String text) {
        assertThat(CLAUSE.tells(text)).isFalse();
    }

    @Test
    void tellsNothingWithoutWordsOrWithoutServicesToMove() {
        assertThat(new LaunchClause(Launched.NONE).tells("sacamos el yogur y no sabemos si se vende")).isFalse();
        assertThat(CLAUSE.tells(null)).isFalse();
        Launched noServices = new Launched(WORDS.done(), WORDS.unknown(), WORDS.planned(), List.of(), List.of());
        assertThat(new LaunchClause(noServices).tells("sacamos el yogur y no sabemos si se vende")).isFalse();
    }

    @Test
    void namesTheServicesItLiftsAndLowers() {
        assertThat(CLAUSE.lifts()).containsExactly("mp-performance-monitoring");
        assertThat(CLAUSE.lowers()).containsExactly("pd-npd-planning");
    }

    private static final Launched PLANS = new Launched(WORDS.done(), WORDS.unknown(), WORDS.planned(), WORDS.lifts(),
            WORDS.lowers(), Map.of("es", List.of("queremos lanzar", "queremos sacar"), "en", List.of("planning to launch")),
            Map.of("es", List.of("campaña", "costos"), "en", List.of("campaign")),
            List.of("pd-npd-planning", "pd-feasibility"));

    @ParameterizedTest
    @ValueSource(strings = {"queremos sacar una app para pedir domicilios en Timbío",
            "QUEREMOS LANZAR un software de facturacion",
            "we are planning to launch a software for schools",
            "abrimos una panaderia hace dos años y queremos lanzar pan sin gluten"})
    void readsAProductStillToLaunch(String text) {
        assertThat(new LaunchClause(PLANS).plans(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"queremos lanzar una campaña en redes para diciembre",
            "we are planning to launch a campaign on the radio",
            "quiero sacar los costos del producto",
            "sacamos el yogur hace 4 meses y ni idea como va",
            "tenemos una app para domicilios y nadie la usa",
            ""})
    void readsNoPlanWithoutALaunchVerbOrWithALaunchThatIsNoProduct(String text) {
        assertThat(new LaunchClause(PLANS).plans(text)).isFalse();
    }

    @Test
    void readsNoPlanWithoutItsWordsOrServices() {
        assertThat(CLAUSE.plans("queremos sacar una app para domicilios")).isFalse();
        assertThat(CLAUSE.plans(null)).isFalse();
        assertThat(new LaunchClause(PLANS).planServices()).containsExactly("pd-npd-planning", "pd-feasibility");
    }
}
