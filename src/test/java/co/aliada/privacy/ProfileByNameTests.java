package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA: "perfil" or "mi perfil" typed after the onboarding sent the export of everything kept (/mis_datos), which the
 * classifier leans them to; the profile's own word opens /perfil. A longer wish about the data stays the export.
 */
class ProfileByNameTests {

    /** As the shipped classifier reads them: each a request for my data. */
    private static final Set<String> MY_DATA = Set.of("perfil", "mi perfil", "Mi perfil", "my profile", "ver mis datos");

    private final PrivacyTestStore store = new PrivacyTestStore();
    private final ConversationEngine engine = store.engineHearingMyData(MY_DATA);

    private List<Outbound> profiled(String chat, String lang) {
        engine.handle(Inbound.command(chat, "start").withLangHint(lang));
        List.of("consent:yes", "sector:commerce", "size:micro").forEach(data -> engine.handle(Inbound.button(chat, data).withLangHint(lang)));
        engine.handle(Inbound.text(chat, "Popayán").withLangHint(lang));
        return engine.handle(Inbound.button(chat, "company:skip").withLangHint(lang));
    }

    private static List<String> data(List<Outbound> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Outbound.Button::data).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | perfil", "es | mi perfil", "es | Mi perfil", "en | my profile"})
    void theProfilesNameOpensTheProfileNotTheExport(String lang, String typed) {
        String chat = "web:profile-" + lang + typed.hashCode();
        profiled(chat, lang);

        List<Outbound> replies = engine.handle(Inbound.text(chat, typed).withLangHint(lang));

        assertThat(data(replies)).contains("/perfil sector", "/perfil ok");
        assertThat(replies).extracting(Outbound::text).noneMatch(text -> text.startsWith(
                exportStart(lang)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | ver mis datos"})
    void aWishForTheDataIsStillTheExport(String lang, String typed) {
        String chat = "web:data-" + lang;
        profiled(chat, lang);

        List<Outbound> replies = engine.handle(Inbound.text(chat, typed).withLangHint(lang));

        assertThat(data(replies)).doesNotContain("/perfil sector");
        assertThat(replies).extracting(Outbound::text).anyMatch(text -> text.startsWith(exportStart(lang)));
    }

    private static String exportStart(String lang) {
        return EngineWithoutSpring.TEXTS.get("privacy.export.sent", lang).substring(0, 10);
    }
}
