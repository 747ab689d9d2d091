package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first message that only says who is asking ("hi there, I run a small coffee roastery in Popayan") tells no challenge
 * yet: its trade's words reached services, and the bot said it would work on the introduction as the person's challenge.
 * A wish or a trouble told with it ("… y no vendemos nada", "… but nobody finds us") is still one.
 */
class IntroductionsAloneTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "hi there, I run a small coffee roastery in Popayan",
            "hola, tengo una tostadora de café en Popayán",
            "buenas tardes, somos una asociación de productores de panela de Timbío",
            "hello, we are a family business that makes handmade bags",
            "hola buenos días, mi negocio es una panadería en Santander de Quilichao",
            "good morning, we run a small hostel near Silvia"})
    void anIntroductionAloneIsNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
        assertThat(MATCHER.onlySaysWhoIsAsking(text)).as(text).isTrue(); // what the challenge's first step asks
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hola, tengo una tostadora de café en Popayán y no vendemos casi nada",
            "hi there, I run a small coffee roastery in Popayan but nobody finds us online",
            "somos una asociación de productores de panela y queremos exportar",
            "tengo una tienda sin clientes",
            "we run a small hostel near Silvia and the bookings dropped this year"})
    void anIntroductionWithAWishOrATroubleIsStillAChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
        assertThat(MATCHER.onlySaysWhoIsAsking(text)).as(text).isFalse();
    }
}
