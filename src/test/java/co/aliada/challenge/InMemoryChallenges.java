package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Challenges kept in a list, for tests of the steps. */
final class InMemoryChallenges implements Challenges {

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
        return saved.stream().filter(c -> c.chat().equals(chat)).toList();
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
    public synchronized int forget(String chat) {
        int before = saved.size();
        saved.removeIf(c -> c.chat().equals(chat));
        return before - saved.size();
    }

    List<Challenge> all() {
        return new ArrayList<>(saved);
    }
}
