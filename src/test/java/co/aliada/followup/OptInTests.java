package co.aliada.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import co.aliada.TestClock;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.TestBot;
import co.aliada.onboarding.Onboarding;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.Test;

/** Being written to later is asked apart, right after consent, and changed at any time with /recordatorios. */
class OptInTests {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

    private final FollowupTestDatabase db = new FollowupTestDatabase();
    private final FollowupStore store = new FollowupStore(db.jdbc);
    private final InMemoryChatStore chats = new InMemoryChatStore();
    /** Telegram's answer: private chats can be written to later, a web chat cannot. */
    private final ReachLater telegram = chat -> chat.startsWith("tg:");
    private final ConversationEngine engine = TestBot.builder().store(chats).with(OnboardingFixture::install)
            .step(new OptInStep(telegram))
            .command(new RemindersCommand(store, telegram, TestClock.fixedAt(NOW)))
            .command(new FollowupAnswerCommand(store, db.challenges(), new FollowupProperties(Duration.ofDays(30),
                    Duration.ofDays(180), Duration.ofMinutes(1)), TestClock.fixedAt(NOW))).engine();

    @Test
    void isAskedRightAfterConsentWhileTheProfileGoesOn() {
        engine.handle(Inbound.command("tg:1", "start"));
        List<Outbound> replies = engine.handle(Inbound.button("tg:1", "consent:yes"));

        assertThat(replies).extracting(Outbound::text).containsExactly(text("consent.accepted"),
                text("followup.optin.question"), text("profile.sector.question"));
        assertThat(replies.get(1).buttons()).flatMap(row -> row).extracting(Outbound.Button::data)
                .containsExactly("/recordatorios si", "/recordatorios no");
        assertThat(chats.state("tg:1").step()).isEqualTo(Onboarding.SECTOR);
        assertThat(store.decision("tg:1")).isEmpty(); // no answer is no
    }

    @Test
    void yesIsKeptAndNoChangesNothingElse() {
        engine.handle(Inbound.command("tg:1", "start"));
        engine.handle(Inbound.button("tg:1", "consent:yes"));

        assertThat(engine.handle(Inbound.button("tg:1", "/recordatorios si"))).extracting(Outbound::text)
                .containsExactly(text("followup.reminders.on"));
        assertThat(store.decision("tg:1")).contains(true);

        assertThat(engine.handle(Inbound.button("tg:1", "/recordatorios no"))).extracting(Outbound::text)
                .containsExactly(text("followup.reminders.off"));
        assertThat(store.decision("tg:1")).contains(false);
        ChatState state = chats.state("tg:1");
        assertThat(state.consent()).isEqualTo(ChatState.Consent.ACCEPTED);
        assertThat(state.step()).isEqualTo(Onboarding.SECTOR);
        assertThat(engine.handle(Inbound.button("tg:1", "sector:ict"))).extracting(Outbound::text)
                .contains(text("profile.size.question"));
    }

    @Test
    void showsTheCurrentChoiceWithTheButtonThatChangesIt() {
        engine.handle(Inbound.command("tg:1", "start"));
        engine.handle(Inbound.button("tg:1", "consent:yes"));

        Outbound off = engine.handle(Inbound.command("tg:1", "recordatorios")).get(0);
        assertThat(off.text()).isEqualTo(text("followup.reminders.status-off"));
        assertThat(off.buttons()).flatMap(row -> row).extracting(Outbound.Button::data).containsExactly("/recordatorios si");

        engine.handle(Inbound.command("tg:1", "recordatorios si"));
        Outbound on = engine.handle(Inbound.command("tg:1", "reminders")).get(0);
        assertThat(on.text()).isEqualTo(text("followup.reminders.status-on"));
        assertThat(on.buttons()).flatMap(row -> row).extracting(Outbound.Button::data).containsExactly("/recordatorios no");
    }

    @Test
    void aWebChatIsNotAskedAndIsToldWhy() {
        engine.handle(Inbound.command("web:abc", "start"));
        assertThat(engine.handle(Inbound.button("web:abc", "consent:yes"))).extracting(Outbound::text)
                .containsExactly(text("consent.accepted"), text("profile.sector.question"));
        assertThat(engine.handle(Inbound.command("web:abc", "recordatorios si"))).extracting(Outbound::text)
                .containsExactly(text("followup.reminders.web"));
        assertThat(store.decision("web:abc")).isEmpty();
    }

    @Test
    void withoutConsentNothingIsKept() {
        engine.handle(Inbound.command("tg:1", "start"));
        assertThat(engine.handle(Inbound.command("tg:1", "recordatorios si"))).extracting(Outbound::text)
                .containsExactly(text("followup.reminders.needs-consent"));
        assertThat(store.decision("tg:1")).isEmpty();
    }

    private static String text(String key) {
        return TestTexts.texts().get(key, "es");
    }
}
