package co.aliada.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import co.aliada.conversation.LogSafe;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The key of log tags: generated at first start, kept in the database, the same for every instance. */
final class LogKey {

    static final String NAME = "log-tag-key";

    private LogKey() {
    }

    static void load(JdbcTemplate jdbc) {
        LogSafe.useKey(Base64.getDecoder().decode(stored(jdbc)));
    }

    private static String stored(JdbcTemplate jdbc) {
        List<String> found = jdbc.queryForList("select secret_value from app_secret where secret_name = ?", String.class, NAME);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            jdbc.update("insert into app_secret (secret_name, secret_value) values (?, ?)", NAME, Base64.getEncoder().encodeToString(key));
        } catch (DuplicateKeyException raced) {
            // another instance made it first: use theirs
        }
        return jdbc.queryForObject("select secret_value from app_secret where secret_name = ?", String.class, NAME);
    }
}
