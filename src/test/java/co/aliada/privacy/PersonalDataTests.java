package co.aliada.privacy;

import co.aliada.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.content.ContentPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ley 1581 rights on the real H2 database: consent first, export, erase, retention, the notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:privacy-${random.uuid};DB_CLOSE_DELAY=-1"})
class PersonalDataTests {

    @TestConfiguration
    static class Setup {
        @Bean @Primary
        TestClock movableClock() {
            return TestClock.system();
        }

        /** A source erased last that fails for chats named "fail", to show an erasure is all or nothing. */
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        PersonalData failingSource(JdbcTemplate jdbc) {
            return new PersonalData() {
                public String section() {
                    return "failing";
                }

                public Object export(String chat) {
                    return List.of();
                }

                public void erase(String chat) {
                    if (chat.contains("fail")) {
                        LINES_SEEN_BY_FAILING_SOURCE.set(
                                jdbc.queryForObject("select count(*) from transcript_line where chat = ?", Integer.class, chat));
                        throw new IllegalStateException("erase failed");
                    }
                }
            };
        }

        /** A source the texts do not name, holding something for chats named "notes". */
        @Bean
        PersonalData unnamedSource() {
            return new PersonalData() {
                public String section() {
                    return "testNotes";
                }

                public Object export(String chat) {
                    return chat.contains("notes") ? List.of("a note") : List.of();
                }

                public void erase(String chat) {
                }
            };
        }
    }

    static final AtomicInteger LINES_SEEN_BY_FAILING_SOURCE = new AtomicInteger(-1);

    @Autowired ConversationEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContentPart<Texts> texts;
    @Autowired RetentionSweep sweep;
    @Autowired TestClock clock;
    @Autowired PrivacyProperties properties;
    @Autowired List<PersonalData> sources;

    @Test
    void beforeConsentNothingPersonalReachesTheDatabaseWhateverIsSent() {
        String chat = chat();
        List.of(Inbound.text(chat, "Popayán"), Inbound.command(chat, "start sector-ict"), Inbound.button(chat, "sector:ict"),
                Inbound.button(chat, "menu:profile.municipality"), Inbound.text(chat, "Popayán"),
                Inbound.button(chat, "consent:no"), Inbound.text(chat, "Mi Empresa SAS"), Inbound.button(chat, "size:micro"))
                .forEach(engine::handle);
        assertThat(stateData(chat)).doesNotContain("profile.");
        assertThat(transcriptLines(chat)).isZero();
        List<Outbound> replies = engine.handle(Inbound.command(chat, "mis_datos"));
        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo(text("privacy.export.nothing"));
            assertThat(reply.document()).isNull();
        });
    }

    @Test
    void myDataSendsEverythingStoredAsAJsonDocument() {
        String chat = onboarded();
        Outbound reply = engine.handle(Inbound.command(chat, "mis_datos")).get(0);
        assertThat(reply.document().fileName()).isEqualTo("mis-datos.json");
        assertThat(reply.document().contentType()).isEqualTo("application/json");
        JsonNode doc = JsonMapper.builder().build().readTree(new String(reply.document().bytes(), StandardCharsets.UTF_8));
        assertThat(doc.path("chat").asString()).isEqualTo(chat);
        assertThat(doc.at("/profile/consent").asString()).isEqualTo("ACCEPTED");
        assertThat(doc.at("/profile/answers/profileMunicipality").asString()).isEqualTo("Popayán");
        assertThat(doc.at("/profile/answers/profileCompany").asString()).isEqualTo("<b>Café</b> & Cía");
        assertThat(doc.path("conversation").values()).anySatisfy(line -> {
            assertThat(line.path("from").asString()).isEqualTo("user");
            assertThat(line.path("text").asString()).isEqualTo("Popayán");
        });
    }

    /** An answer changed with /perfil, and what a business of "Otro" does, are what /mis_datos sends and the erasure erases. */
    @Test
    void myDataSendsTheAnswersAsChangedAndTheErasureTakesThem() {
        String chat = onboarded();
        engine.handle(Inbound.button(chat, "/perfil sector"));
        engine.handle(Inbound.button(chat, "sector:other"));
        engine.handle(Inbound.text(chat, "venta de repuestos"));
        engine.handle(Inbound.button(chat, "/perfil municipality"));
        engine.handle(Inbound.text(chat, "Timbío"));

        Outbound reply = engine.handle(Inbound.command(chat, "mis_datos")).get(0);
        JsonNode doc = JsonMapper.builder().build().readTree(new String(reply.document().bytes(), StandardCharsets.UTF_8));
        assertThat(doc.at("/profile/answers/profileSector").asString()).isEqualTo("other");
        assertThat(doc.at("/profile/answers/profileActivity").asString()).isEqualTo("venta de repuestos");
        assertThat(doc.at("/profile/answers/profileMunicipality").asString()).isEqualTo("Timbío");

        engine.handle(Inbound.command(chat, "borrar_datos si"));
        assertThat(stateData(chat)).doesNotContain("venta de repuestos", "Timbío");
    }

    /** Leaving in the middle of a /perfil change showed where it would return to and which answer it changed. */
    @Test
    void myDataMidwayThroughAProfileChangeLeavesOutTheChangesBookkeeping() {
        String chat = onboarded();
        engine.handle(Inbound.button(chat, "/perfil municipality"));

        Outbound reply = engine.handle(Inbound.command(chat, "mis_datos")).get(0);

        String export = new String(reply.document().bytes(), StandardCharsets.UTF_8);
        assertThat(export).doesNotContainIgnoringCase("profileChange").doesNotContain("profile-change");
    }

    @Test
    void myDataUsesCamelCaseKeysOnlyAndLeavesOutTheBotsBookkeeping() {
        String chat = onboarded();
        assertThat(stateData(chat)).contains("\"kb.");
        jdbc.update("insert into selfcheck_result (chat, finished_at, sector, company_size, overall_level, "
                + "overall_rank, overall_average, below_commitment) "
                + "values (?, current_timestamp, 'ict', 'micro', 'initial', 1, 1.5, false)", chat);

        Outbound reply = engine.handle(Inbound.command(chat, "mis_datos")).get(0);
        JsonNode doc = JsonMapper.builder().build().readTree(new String(reply.document().bytes(), StandardCharsets.UTF_8));

        List<String> keys = new java.util.ArrayList<>();
        collectKeys(doc, keys);
        assertThat(keys).contains("lastActivity", "profileMunicipality", "finishedAt", "companySize", "overallLevel")
                .allSatisfy(key -> assertThat(key).matches("[a-z][a-zA-Z0-9]*"))
                .noneMatch(key -> key.startsWith("kb") || key.startsWith("engine"));
    }

    private static void collectKeys(JsonNode node, List<String> keys) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            });
        } else if (node.isArray()) {
            node.values().forEach(inner -> collectKeys(inner, keys));
        }
    }

    /** "Si señora borre todo" under the confirmation went back to a question; "confirmo" was not understood. */
    @ParameterizedTest
    @ValueSource(strings = {"si señora borre todo", "confirmo", "sí, hágalo"})
    void aConfirmationTypedInWordsErases(String typed) {
        String chat = onboarded();
        engine.handle(Inbound.command(chat, "borrar_datos"));
        Outbound done = engine.handle(Inbound.text(chat, typed)).get(0);
        assertThat(done.text()).startsWith(text("privacy.erase.done").substring(0, 10));
        assertThat(stateData(chat)).doesNotContain("profile.");
    }

    /**
     * "No, conservar mis datos" went back to the question without a word: was anything erased? "no, mejor no" got
     * "Entendido, sin problema 👍", which says neither.
     */
    @ParameterizedTest
    @ValueSource(strings = {"no", "/borrar_datos no", "no, mejor no", "mejor no", "no, better not", "better not"})
    void theConfirmationsNoSaysNothingWasErased(String answer) {
        String chat = onboarded();
        Outbound ask = engine.handle(Inbound.command(chat, "borrar_datos")).get(0);
        assertThat(ask.buttons()).flatMap(row -> row).extracting(Outbound.Button::data).contains("/borrar_datos no");

        List<Outbound> replies = engine.handle(answer.startsWith("/") ? Inbound.button(chat, answer) : Inbound.text(chat, answer));

        assertThat(replies.get(0).text()).isEqualTo(text("privacy.erase.kept"));
        assertThat(stateData(chat)).contains("profile.");
    }

    /**
     * "no wait dont, keep it" under the erasure question was "we'll pause here, what you answered is kept": was anything
     * erased? A wait, a not now or a never mind there is that question's no, and says nothing was erased.
     */
    @ParameterizedTest
    @ValueSource(strings = {"no wait dont, keep it", "wait, not now", "nevermind", "cancelar", "espere, ahorita no", "mejor no, después"})
    void aWaitOrANeverMindUnderTheErasureQuestionIsItsNo(String typed) {
        String chat = onboarded();
        engine.handle(Inbound.command(chat, "borrar_datos"));

        List<Outbound> replies = engine.handle(Inbound.text(chat, typed));

        assertThat(replies.get(0).text()).isEqualTo(text("privacy.erase.kept"));
        assertThat(stateData(chat)).contains("profile.");
    }

    /** "cancelar" was read as erasing the data, and the "si" that followed erased everything. */
    @ParameterizedTest
    @ValueSource(strings = {"si", "sí, claro", "dale", "ok"})
    void aBareYesUnderTheErasureQuestionErasesNothingAndAsksForTheButton(String typed) {
        String chat = onboarded();
        engine.handle(Inbound.command(chat, "borrar_datos"));
        List<Outbound> replies = engine.handle(Inbound.text(chat, typed));
        assertThat(replies).extracting(Outbound::text)
                .containsExactly(text("common.confirm-by-tap", "label", text("privacy.erase.button.yes")));
        assertThat(stateData(chat)).contains("profile.");

        engine.handle(Inbound.text(chat, "borrar todo"));
        assertThat(stateData(chat)).doesNotContain("profile.");
    }

    /**
     * "sí, bórrelo" under the erasure question asks for what its yes does: before, it put the same question again with no
     * word of the tap it waits for, as often as it was typed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"si, bórrelo", "sí, borren todo", "si, elimine mis datos", "bórrelo todo pues"})
    void theErasureAskedAgainUnderItsQuestionAsksForTheButton(String typed) {
        String chat = onboarded();
        engine.handle(Inbound.command(chat, "borrar_datos"));

        List<Outbound> replies = engine.handle(Inbound.text(chat, typed));

        assertThat(replies).extracting(Outbound::text)
                .containsExactly(text("common.confirm-by-tap", "label", text("privacy.erase.button.yes")));
        assertThat(stateData(chat)).contains("profile.");
    }

    /** "No" to the erasure, an answer, then the old "Sí, borrar todo" still on screen erased everything unasked. */
    @Test
    void theErasuresYesOfAnEarlierMessageAsksAgainAndErasesNothing() {
        String chat = onboarded();
        engine.handle(Inbound.command(chat, "borrar_datos"));
        engine.handle(Inbound.button(chat, "/borrar_datos no"));
        engine.handle(Inbound.text(chat, "2"));

        List<Outbound> replies = engine.handle(Inbound.button(chat, "/borrar_datos si"));
        assertThat(replies).extracting(Outbound::text)
                .containsExactly(text("common.stale-button"), text("privacy.erase.confirm"));
        assertThat(stateData(chat)).contains("profile.");

        engine.handle(Inbound.button(chat, "/borrar_datos si"));
        assertThat(stateData(chat)).as("the yes of the question just asked erases").doesNotContain("profile.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancelar", "olvidalo", "anular"})
    void cancellingAtAQuestionPausesAndAsksNothingAboutErasing(String typed) {
        String chat = onboarded();
        List<Outbound> replies = engine.handle(Inbound.text(chat, typed));
        assertThat(replies).extracting(Outbound::text).containsExactly(text("common.choice.paused"))
                .doesNotContain(text("privacy.erase.confirm"));
        assertThat(stateData(chat)).contains("profile.");
    }

    @Test
    void deleteMyDataAsksFirstThenErasesEverythingAndTheChatStartsAfresh() {
        String chat = onboarded();
        Outbound ask = engine.handle(Inbound.command(chat, "borrar_datos")).get(0);
        assertThat(ask.buttons()).flatMap(row -> row).extracting(Outbound.Button::data).contains("/borrar_datos si");
        assertThat(transcriptLines(chat)).isPositive();

        Outbound done = engine.handle(Inbound.button(chat, "/borrar_datos si")).get(0);
        assertThat(done.text()).startsWith(text("privacy.erase.done").substring(0, 10)).contains("conversación")
                .as("each part named once, the last after 'y'").containsOnlyOnce(text("privacy.section.conversation"))
                .containsPattern(", [^,]+ y [^,]+\\.");
        for (String section : List.of("profile", "conversation", "selfcheck", "challenges")) {
            String name = text("privacy.section." + section);
            assertThat(done.text()).as("'%s' stands apart from its neighbours", name)
                    .doesNotContain(name + "y").doesNotContain("y" + name).doesNotContain(name + "and");
        }
        assertThat(transcriptLines(chat)).isZero();
        assertThat(stateData(chat)).doesNotContain("profile.", "Popayán", "Café");
        assertThat(jdbc.queryForList("select consent from chat_state where chat = ?", String.class, chat))
                .as("no consent is left: the row is gone or back to NONE").allMatch("NONE"::equals);
        assertThat(engine.handle(Inbound.command(chat, "mis_datos")).get(0).text()).isEqualTo(text("privacy.export.nothing"));
        assertThat(engine.handle(Inbound.text(chat, "hola"))).extracting(Outbound::text).contains(text("consent.notice"));
    }

    /** Every part of a person's data has a name for them in both languages, not only its internal section name. */
    @Test
    void everyPartOfThePersonsDataHasItsOwnNameInBothLanguages() {
        Texts content = texts.current().content();
        assertThat(sources).extracting(PersonalData::section).filteredOn(section -> !section.equals("failing") && !section.equals("testNotes"))
                .contains("webChat", "profile", "conversation").allSatisfy(section -> {
                    assertThat(content.has("privacy.section." + section)).as(section).isTrue();
                    assertThat(List.of("es", "en")).allSatisfy(lang ->
                            assertThat(content.get("privacy.section." + section, lang)).as(section + " " + lang).isNotBlank());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void myDataAndDeleteMyDataNameThePartsAsThePersonReadsThem(String lang) {
        String chat = "web:notes-" + UUID.randomUUID();
        engine.handle(Inbound.command(chat, "start").withLangHint(lang));
        List.of("consent:yes", "sector:ict", "size:micro").forEach(data -> engine.handle(Inbound.button(chat, data)));
        engine.handle(Inbound.text(chat, "Popayán"));
        engine.handle(Inbound.button(chat, "company:skip"));
        Texts content = texts.current().content();

        String listed = engine.handle(Inbound.command(chat, "mis_datos")).get(0).text();
        engine.handle(Inbound.command(chat, "borrar_datos"));
        String erased = engine.handle(Inbound.button(chat, "/borrar_datos si")).get(0).text();

        for (String said : List.of(listed, erased)) {
            String rest = said;
            for (PersonalData source : sources) {
                if (content.has("privacy.section." + source.section())) {
                    rest = rest.replace(content.get("privacy.section." + source.section(), lang), "");
                }
            }
            String left = rest;
            assertThat(sources).extracting(PersonalData::section).as(said)
                    .noneSatisfy(section -> assertThat(left).contains(section));
            assertThat(said).contains(content.get("privacy.section.webChat", lang), content.get("privacy.section.profile", lang),
                    content.get("privacy.section.other", lang));
        }
    }

    @Test
    void anErasureThatFailsHalfwayChangesNothing() {
        String chat = onboarded("web:fail-" + UUID.randomUUID());
        int lines = transcriptLines(chat);
        LINES_SEEN_BY_FAILING_SOURCE.set(-1);
        List<Outbound> replies = engine.handle(Inbound.command(chat, "borrar_datos si"));
        assertThat(replies).extracting(Outbound::text).containsExactly(text("common.error"));
        assertThat(LINES_SEEN_BY_FAILING_SOURCE.get()).as("deleted inside the turn's transaction").isZero();
        assertThat(transcriptLines(chat)).isEqualTo(lines);
        assertThat(stateData(chat)).contains("Popayán");
    }

    @Test
    void retentionErasesOnlyChatsInactiveLongerThanThePeriodAndOneFailureStopsNoOther() {
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(365));
        String stuck = onboarded("web:fail-" + UUID.randomUUID());
        String idle = onboarded();
        String active = onboarded();
        clock.advance(Duration.ofDays(200));
        engine.handle(Inbound.text(active, "hola"));
        clock.advance(Duration.ofDays(200));

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from chat_state where chat = ?", Integer.class, idle)).isZero();
        assertThat(transcriptLines(idle)).isZero();
        assertThat(stateData(active)).contains("Popayán");
        assertThat(transcriptLines(active)).isPositive();
        assertThat(stateData(stuck)).as("rolled back, retried tomorrow").contains("Popayán");
    }

    @Test
    void thePrivacyNoticeStatesPurposeControllerRightsAndRetention() {
        String notice = engine.handle(Inbound.command(chat(), "privacidad")).get(0).text();
        assertThat(notice).contains("/mis_datos", "/borrar_datos", "365", "Ley 1581")
                .containsIgnoringCase("rectificar").containsIgnoringCase("revocar");
    }

    /** The shipped notice showed people the admins' placeholder: "[entidad que opera Aliada], [NIT] — edite este texto…". */
    @Test
    void aControllerNotYetNamedIsNoPlaceholderToPeople() {
        String notice = engine.handle(Inbound.command(chat(), "privacidad")).get(0).text();
        assertThat(notice).contains(text("privacy.controller.pending")).doesNotContain("[NIT]", "edite este texto");
    }

    private String onboarded() {
        return onboarded(chat());
    }

    private String onboarded(String chat) {
        engine.handle(Inbound.command(chat, "start"));
        List.of("consent:yes", "sector:ict", "size:micro").forEach(data -> engine.handle(Inbound.button(chat, data)));
        engine.handle(Inbound.text(chat, "Popayán"));
        engine.handle(Inbound.text(chat, "<b>Café</b> & Cía"));
        assertThat(stateData(chat)).contains("profile.company");
        return chat;
    }

    private static String chat() {
        return "web:" + UUID.randomUUID();
    }

    private String text(String key, Object... nameValues) {
        return texts.current().content().get(key, "es", nameValues);
    }

    private String stateData(String chat) {
        List<String> data = jdbc.queryForList("select data from chat_state where chat = ?", String.class, chat);
        return data.isEmpty() ? "" : data.get(0);
    }

    private int transcriptLines(String chat) {
        return jdbc.queryForObject("select count(*) from transcript_line where chat = ?", Integer.class, chat);
    }
}
