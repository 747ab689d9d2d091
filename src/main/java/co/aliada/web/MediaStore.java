package co.aliada.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import co.aliada.conversation.Outbound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Images and documents sent to the local channels, served by URL. Kept in memory, the latest few
 * hundred: a chart can be drawn again, and the local chat is for trying the bot.
 */
@Component
@RestController
class MediaStore {

    private static final int KEEP = 300;

    private final Map<String, Outbound.Attachment> files = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outbound.Attachment> eldest) {
            return size() > KEEP;
        }
    };

    private final Map<String, String> chats = new java.util.HashMap<>();

    /** Keeps a file sent to this chat and gives its URL. */
    synchronized String put(String chat, Outbound.Attachment file) {
        String id = UUID.randomUUID().toString();
        files.put(id, file);
        chats.put(id, chat);
        chats.keySet().retainAll(files.keySet());
        return "/api/media/" + id;
    }

    /** Forgets every file sent to this chat (its data was erased). */
    synchronized void forget(String chat) {
        chats.entrySet().removeIf(entry -> {
            boolean theirs = entry.getValue().equals(chat);
            if (theirs) {
                files.remove(entry.getKey());
            }
            return theirs;
        });
    }

    @GetMapping("/api/media/{id}")
    synchronized ResponseEntity<byte[]> get(@PathVariable String id) {
        Outbound.Attachment file = files.get(id);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file.fileName() + "\"")
                .body(file.bytes());
    }
}
