package co.aliada.challenge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import co.aliada.conversation.TestBot;

/** Plugs the challenge journey into a {@link TestBot}, with its menu entries, as its configuration gives it to Spring. */
public final class ChallengeFixture {

    private ChallengeFixture() {
    }

    /** The journey, with one saved challenge of this chat worded {@code howMightWe} (none when null). */
    public static Consumer<TestBot.Builder> withChallengeOf(String chat, String howMightWe) {
        return bot -> {
            InMemoryChallenges challenges = new InMemoryChallenges();
            if (howMightWe != null) {
                challenges.save(new Challenge(0, chat, "problem", howMightWe, howMightWe, 3, 2, 3, null,
                        List.of(), List.of(), Instant.parse("2026-01-01T12:00:00Z"), true));
            }
            ChallengeJourney journey = new ChallengeJourney(() -> ChallengeBot.CONTENT, challenges, () -> null,
                    () -> ChallengeBot.CATALOG, Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));
            ChallengeConfiguration config = new ChallengeConfiguration();
            bot.steps(journey.steps()).commands(journey.commands()).menuEntry(config.newChallengeMenuEntry())
                    .menuEntry(config.myChallengesMenuEntry()).menuEntry(config.summaryMenuEntry());
        };
    }
}
