package co.aliada.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Telegram answers 429 per call and does not say whether the limit hit was the chat's or the bot's.
 * When many different chats are told to wait within one second, the bot is over its global limit:
 * then every chat waits the {@code retry_after} given.
 */
final class FloodWatch {

    private static final long WINDOW = 1_000_000_000L;

    private final int chats;
    private final Deque<Told> recent = new ArrayDeque<>();
    private long pausedUntil;

    FloodWatch(int chats) {
        this.chats = chats;
    }

    private record Told(String chat, long at) {
    }

    synchronized void told(String chat, Duration wait, long now) {
        if (chats <= 0) {
            return;
        }
        recent.addLast(new Told(chat, now));
        while (!recent.isEmpty() && now - recent.peekFirst().at() > WINDOW) {
            recent.removeFirst();
        }
        Set<String> distinct = new HashSet<>();
        recent.forEach(told -> distinct.add(told.chat()));
        if (distinct.size() >= chats) {
            pausedUntil = Math.max(pausedUntil, now + wait.toNanos());
            recent.clear();
        }
    }

    /** Nanoseconds every chat must still wait; 0 when sending may go on. */
    synchronized long pausedFor(long now) {
        return Math.max(0, pausedUntil - now);
    }
}
