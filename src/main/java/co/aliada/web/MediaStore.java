package co.aliada.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import co.aliada.conversation.Drawings;
import co.aliada.conversation.Outbound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Images and documents sent to the local channels, served by URL. A reply's files are kept in memory,
 * the latest few hundred (a chart can be drawn again); the web page's history keeps its own in the
 * database, so that a reload after a restart still shows the chart.
 */
@Component
@RestController
class MediaStore {

    private static final int KEEP = 300;
    private static final String PATH = "/api/media/";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Drawings drawings;
    private final Map<String, Outbound.Attachment> files = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outbound.Attachment> eldest) {
            return size() > KEEP;
        }
    };
    private final Map<String, String> chats = new HashMap<>();

    MediaStore(JdbcTemplate jdbc, Clock clock, Drawings drawings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.drawings = drawings;
    }

    /** Keeps a file sent to this chat and gives its URL. */
    String put(String chat, Outbound.Attachment file) {
        String id = UUID.randomUUID().toString();
        remember(id, chat, file);
        return PATH + id;
    }

    private synchronized void remember(String id, String chat, Outbound.Attachment file) {
        files.put(id, file);
        chats.put(id, chat);
        chats.keySet().retainAll(files.keySet());
    }

    /** The chat a file was sent to, if it is known here (in memory or in the database). */
    Optional<String> chatOf(String id) {
        synchronized (this) {
            String chat = chats.get(id);
            if (chat != null) {
                return Optional.of(chat);
            }
        }
        return jdbc.queryForList("select chat from chat_media where id = ?", String.class, id).stream().findFirst();
    }

    /** Forgets every file of this chat kept in memory (its data was erased). */
    synchronized void forget(String chat) {
        chats.entrySet().removeIf(entry -> {
            boolean theirs = entry.getValue().equals(chat);
            if (theirs) {
                files.remove(entry.getKey());
            }
            return theirs;
        });
    }

    /** Keeps a file of a chat's history, in the caller's transaction (a chart as its recipe, drawn when fetched). */
    String keep(String chat, Outbound.Attachment file) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into chat_media (id, chat, at, content_type, file_name, data) values (?, ?, ?, ?, ?, ?)",
                id, chat, Timestamp.from(clock.instant()), file.contentType(), file.fileName(),
                Base64.getEncoder().encodeToString(file.bytes()));
        return PATH + id;
    }

    void erase(String chat) {
        jdbc.update("delete from chat_media where chat = ?", chat);
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> get(@PathVariable String id) {
        Outbound.Attachment file = memory(id);
        if (file == null && id.length() <= 36) {
            file = jdbc.query("select chat, content_type, file_name, data from chat_media where id = ?", rs -> {
                if (!rs.next()) {
                    return null;
                }
                Outbound.Attachment stored = new Outbound.Attachment(rs.getString("file_name"),
                        rs.getString("content_type"), Base64.getDecoder().decode(rs.getString("data")));
                remember(id, rs.getString("chat"), stored);
                return stored;
            }, id);
        }
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        Outbound.Attachment shown = drawings.shown(file);
        if (shown != file) {
            replace(id, shown); // drawn once, however often the page is reloaded
        }
        file = shown;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file.fileName() + "\"")
                .body(file.bytes());
    }

    private synchronized Outbound.Attachment memory(String id) {
        return files.get(id);
    }

    private synchronized void replace(String id, Outbound.Attachment drawn) {
        files.replace(id, drawn);
    }
}
