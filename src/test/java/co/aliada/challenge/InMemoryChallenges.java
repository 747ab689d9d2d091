package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Challenges kept in a list, for tests of the steps; a challenge's id is its place in the list, counted from 1. */
final class InMemoryChallenges implements Challenges {

    /** A deleted challenge leaves a null behind, so that the ids after it keep their places. */
    final List<Challenge> saved = new ArrayList<>();
    final List<String> feedback = new ArrayList<>();

    @Override
    public synchronized long save(Challenge challenge) {
        long id = saved.size() + 1;
        saved.add(challenge.withId(id));
        return id;
    }

    @Override
    public synchronized List<Challenge> of(String chat) {
        return all().stream().filter(c -> c.chat().equals(chat)).toList();
    }

    @Override
    public synchronized Optional<Challenge> find(String chat, long id) {
        return of(chat).stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public synchronized void recommended(long id, List<String> serviceIds, List<String> serviceNames) {
        saved.set((int) id - 1, saved.get((int) id - 1).withServices(serviceIds, serviceNames));
    }

    @Override
    public synchronized void feedback(String chat, long id, boolean useful) {
        feedback.add(chat + ":" + id + ":" + useful);
    }

    @Override
    public synchronized boolean delete(String chat, long id) {
        if (find(chat, id).isEmpty()) {
            return false;
        }
        saved.set((int) id - 1, null);
        feedback.removeIf(f -> f.startsWith(chat + ":" + id + ":"));
        return true;
    }

    @Override
    public synchronized int forget(String chat) {
        int before = all().size();
        saved.replaceAll(c -> c != null && c.chat().equals(chat) ? null : c);
        return before - all().size();
    }

    synchronized List<Challenge> all() {
        return saved.stream().filter(Objects::nonNull).toList();
    }
}
