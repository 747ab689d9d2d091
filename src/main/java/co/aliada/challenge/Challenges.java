package co.aliada.challenge;

import java.util.List;
import java.util.Optional;

/** The confirmed challenges of each chat, kept only for chats that gave consent. */
public interface Challenges {

    /** Saves a confirmed challenge and returns its id. */
    long save(Challenge challenge);

    /** This chat's challenges, oldest first. */
    List<Challenge> of(String chat);

    Optional<Challenge> find(String chat, long id);

    /** Remembers which services were recommended for the challenge (ids and names, best first). */
    void recommended(long id, List<String> serviceIds, List<String> serviceNames);

    /** Stores a "did it help?" answer about a challenge's recommendations. */
    void feedback(String chat, long id, boolean useful);

    /** Deletes one of the chat's challenges and its feedback; false where the chat has no challenge with that id. */
    boolean delete(String chat, long id);

    /** Deletes the chat's challenges and their feedback (a data-subject request); returns how many challenges. */
    int forget(String chat);
}
