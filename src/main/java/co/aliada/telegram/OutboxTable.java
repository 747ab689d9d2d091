package co.aliada.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.aliada.conversation.Media;
import co.aliada.conversation.Outbound;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code outbox_message} rows: pieces waiting, sent, or given up. */
final class OutboxTable {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A message that left (or never will) keeps no personal data: only its chat, times and status. */
    private static final String FORGET = "text = '', keyboard = null, file_data = null, media_ref = null";
    private static final TypeReference<List<List<Outbound.Button>>> KEYBOARD = new TypeReference<>() {
    };

    /** The first waiting piece of a chat; only heads are ever sent, so a chat's pieces go in order. */
    record Head(long id, String chat, int attempts, Instant nextAt) {
    }

    private final JdbcTemplate jdbc;

    OutboxTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String chat, Piece piece, Instant now) {
        insertAll(List.of(Map.entry(chat, piece)), now);
    }

    /** A turn's pieces in one batch, in order (their ids, hence the order they leave in, follow the list). */
    void insertAll(List<Map.Entry<String, Piece>> pieces, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = pieces.stream().map(entry -> {
            Piece piece = entry.getValue();
            Outbound.Attachment file = piece.file();
            return new Object[] {entry.getKey(), piece.method().name(), piece.text(),
                    piece.buttons().isEmpty() ? null : JSON.writeValueAsString(piece.buttons()),
                    file == null ? null : file.fileName(), file == null ? null : file.contentType(),
                    file == null ? null : Base64.getEncoder().encodeToString(file.bytes()),
                    piece.media() == null ? null : piece.media().type().name(),
                    piece.media() == null ? null : piece.media().ref(), piece.thread(), PENDING, at, at, piece.ref()};
        }).toList();
        jdbc.batchUpdate("insert into outbox_message (chat, method, text, keyboard, file_name, file_type, file_data,"
                + " media_type, media_ref, thread, status, attempts, next_at, created_at, ref)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", rows);
    }

    /** Remembers the Telegram message a named piece became, so that a later edit finds it. */
    void remember(String chat, String ref, int messageId, Instant now) {
        if (jdbc.update("update telegram_message_ref set message_id = ?, sent_at = ? where chat = ? and ref = ?",
                messageId, Timestamp.from(now), chat, ref) == 0) {
            jdbc.update("insert into telegram_message_ref (chat, ref, message_id, sent_at) values (?, ?, ?, ?)",
                    chat, ref, messageId, Timestamp.from(now));
        }
    }

    /** The Telegram message sent under this name in the chat, or null when none was (yet, or ever). */
    Integer remembered(String chat, String ref) {
        return jdbc.query("select message_id from telegram_message_ref where chat = ? and ref = ?",
                (rs, i) -> rs.getInt(1), chat, ref).stream().findFirst().orElse(null);
    }

    /** Frees every claim: the caller knows no other sender is alive (a restart on an embedded database). */
    void releaseClaims() {
        jdbc.update("update outbox_message set claimed_by = null, claimed_until = null where claimed_until is not null");
    }

    /*
     * How much of the queue a sending pass reads. The first waiting row of a chat met in id order is that
     * chat's head, so the queue is read from its oldest row, page by page, until a pass has enough heads (far
     * more than it can start: {@code senders} at once, Telegram's 30 a second) or has read {@code MOST_ROWS}.
     * A pass then costs the same with a backlog of a hundred pieces or of a hundred thousand, which matters
     * because a pass runs after every send: grouping the whole queue by chat grows with the backlog. Chats
     * further back wait until enough of those ahead have gone (or, in an outage, until their retries are
     * due), as in any queue; a chat with a long backlog of its own is read past.
     */
    static final int PAGE = 1_000;
    static final int ENOUGH_HEADS = 500;
    static final int MOST_ROWS = 20_000;

    /**
     * A page of the waiting pieces, oldest first, read in the order of the {@code (status, id)} index (the
     * {@code status} in the order is what lets H2 see that: it sorts the whole queue otherwise).
     */
    static final String WAITING_PAGE = "select id, chat, attempts, next_at, claimed_until from outbox_message"
            + " where status = ? and id > ? order by status, id fetch first " + PAGE + " rows only";

    /** The oldest chats' first waiting pieces (see {@link #PAGE}), unless another instance holds one (its lease has not run out). */
    List<Head> heads(Instant now) {
        Map<String, Head> heads = new LinkedHashMap<>();
        Set<String> met = new HashSet<>();
        long after = 0;
        int read = 0;
        while (true) {
            List<Waiting> page = jdbc.query(WAITING_PAGE, (rs, i) -> new Waiting(
                    new Head(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()),
                    rs.getTimestamp(5)), PENDING, after);
            for (Waiting row : page) {
                Head head = row.head();
                // a chat whose head is claimed has nothing to send here: its next piece is no head
                if (met.add(head.chat()) && (row.claimedUntil() == null || !row.claimedUntil().toInstant().isAfter(now))) {
                    heads.put(head.chat(), head);
                }
                after = head.id();
            }
            read += page.size();
            if (page.size() < PAGE || heads.size() >= ENOUGH_HEADS || read >= MOST_ROWS) {
                return List.copyOf(heads.values());
            }
        }
    }

    private record Waiting(Head head, Timestamp claimedUntil) {
    }

    List<Head> heads() {
        return heads(Instant.now());
    }

    /**
     * Claims a head for this sender until {@code until}: true for one instance only. The row must still be
     * waiting (not sent meanwhile by another instance) and free (no lease, or one that ran out: its sender died).
     * A chat's next piece becomes a head only once this one is marked, so a chat has one piece in flight in
     * the whole cluster and its pieces leave in order.
     */
    boolean claim(long id, String by, Instant until, Instant now) {
        return jdbc.update("update outbox_message set claimed_by = ?, claimed_until = ? where id = ? and status = ?"
                        + " and (claimed_until is null or claimed_until <= ?)",
                by, Timestamp.from(until), id, PENDING, Timestamp.from(now)) == 1;
    }

    Piece piece(long id) {
        return jdbc.queryForObject("select chat, method, text, keyboard, file_name, file_type, file_data,"
                + " media_type, media_ref, thread, ref from outbox_message where id = ?", (rs, i) -> {
                    String keyboard = rs.getString("keyboard");
                    String data = rs.getString("file_data");
                    Outbound.Attachment file = data == null ? null : new Outbound.Attachment(rs.getString("file_name"),
                            rs.getString("file_type"), Base64.getDecoder().decode(data));
                    return new Piece(UpdateMapper.chatId(rs.getString("chat")).orElseThrow(),
                            Piece.Method.valueOf(rs.getString("method")), rs.getString("text"),
                            keyboard == null ? List.of() : JSON.readValue(keyboard, KEYBOARD), file,
                            media(rs.getString("media_type"), rs.getString("media_ref")), rs.getString("thread"),
                            rs.getString("ref"));
                }, id);
    }

    private static Media media(String type, String ref) {
        return type == null || ref == null ? null : new Media(Media.Type.valueOf(type), ref, null);
    }

    void sent(long id, int attempts, Instant now) {
        jdbc.update("update outbox_message set status = ?, attempts = ?, sent_at = ?, claimed_until = null, " + FORGET
                        + " where id = ?",
                SENT, attempts, Timestamp.from(now), id);
    }

    void retryAt(long id, int attempts, Instant at, String error) {
        jdbc.update("update outbox_message set attempts = ?, next_at = ?, error = ?, claimed_until = null where id = ?",
                attempts, Timestamp.from(at), cut(error), id);
    }

    void failed(long id, int attempts, String error) {
        jdbc.update("update outbox_message set status = ?, attempts = ?, error = ?, claimed_until = null, " + FORGET
                        + " where id = ?",
                FAILED, attempts, cut(error), id);
    }

    int count(String status) {
        Integer n = jdbc.queryForObject("select count(*) from outbox_message where status = ?", Integer.class, status);
        return n == null ? 0 : n;
    }

    private static String cut(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
