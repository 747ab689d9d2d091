package co.aliada.telegram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Bot API server for tests: the real TelegramBots client long-polls it and sends to it. It queues
 * updates (private chats, groups, button presses, media, duplicates), answers the methods the bot
 * uses (any letter case, JSON or multipart), records every call, and can be told to fail.
 * Point the app at it with {@code aliada.telegram.base-url=}{@link #baseUrl()} and token {@link #TOKEN}.
 */
public final class BotApiDouble implements AutoCloseable {

    public static final String TOKEN = "123:TEST";
    public static final long BOT_ID = 123;
    public static final String BOT_USERNAME = "AliadaBot";
    /** Methods whose answer is a sent message. */
    private static final List<String> SENDS = List.of("sendmessage", "sendphoto", "senddocument", "sendvoice", "sendvideo",
            "sendaudio", "sendanimation", "sendsticker", "sendvideonote", "sendlocation");
    /** The part of each media send that names the file; a file id passes as it is. */
    private static final Map<String, String> MEDIA_PARTS = Map.of("sendphoto", "photo", "senddocument", "document",
            "sendvoice", "voice", "sendvideo", "video", "sendaudio", "audio", "sendanimation", "animation",
            "sendsticker", "sticker", "sendvideonote", "video_note");
    /** Telegram's limits, counted on the text as shown (markup gone), in UTF-16 units as Telegram counts. */
    static final int MESSAGE_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    static final int POPUP_LIMIT = 200;

    static {
        // Without it the JDK server's small writes wait for delayed ACKs: about 40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final String token;
    private final List<ObjectNode> queued = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final AtomicInteger nextTopicId = new AtomicInteger(500);
    /** Groups that are forums: their getChat says is_forum, and createForumTopic works there only. */
    private final java.util.Set<Long> forums = ConcurrentHashMap.newKeySet();
    private final java.util.Set<Integer> closedTopics = ConcurrentHashMap.newKeySet();
    private volatile Duration hold = Duration.ofMillis(500);
    private final Map<Long, AtomicInteger> sentCounts = new ConcurrentHashMap<>();
    private final Map<Long, Integer> refusedChats = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failNext = new ConcurrentHashMap<>();
    private final AtomicInteger faultsAnswered = new AtomicInteger();
    private final List<String> refusedHtml = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Faults faults;
    private volatile long lastFault;
    private java.util.Random random = new java.util.Random(0);
    private final java.util.concurrent.atomic.AtomicLong confirmedOffset = new java.util.concurrent.atomic.AtomicLong();

    /** Files people sent, by file id, for getFile and the file download. */
    private final Map<String, byte[]> hostedFiles = new java.util.concurrent.ConcurrentHashMap<>();

    public BotApiDouble() {
        this(TOKEN);
    }

    public BotApiDouble(String token) {
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::serve);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * One request the bot made: the method as called, its parameters (nested objects as JSON), uploaded
     * files, and when ({@link System#nanoTime()}).
     */
    public record Call(String method, Map<String, JsonNode> params, Map<String, byte[]> files, long at) {

        public Call(String method, Map<String, JsonNode> params) {
            this(method, params, Map.of(), System.nanoTime());
        }

        /** The bytes of the file uploaded as that part ({@code photo}, {@code document}), or null. */
        public byte[] file(String part) {
            if (files.containsKey(part)) {
                return files.get(part);
            }
            String value = param(part); // "file:<name>:<n> bytes", the file being attached by its own name
            return value == null || !value.startsWith("file:") ? null
                    : files.get(value.substring("file:".length(), value.lastIndexOf(':')));
        }

        /** The method in lower case, as the Bot API treats names. */
        public String name() {
            return method.toLowerCase();
        }

        public boolean is(String methodName) {
            return name().equals(methodName.toLowerCase());
        }

        public long chatId() {
            JsonNode id = params.get("chat_id");
            return id == null ? 0 : Long.parseLong(id.asString());
        }

        /** The message text or the caption; empty when there is none. */
        public String text() {
            JsonNode text = params.containsKey("text") ? params.get("text") : params.get("caption");
            return text == null ? "" : text.asString();
        }

        public String param(String name) {
            JsonNode value = params.get(name);
            return value == null ? null : value.isValueNode() ? value.asString() : value.toString();
        }

        /** The callback data of every inline button, row by row flattened. */
        public List<String> buttonData() {
            return buttons("callback_data");
        }

        public List<String> buttonLabels() {
            return buttons("text");
        }

        private List<String> buttons(String field) {
            JsonNode markup = params.get("reply_markup");
            List<String> found = new ArrayList<>();
            if (markup != null && markup.isString()) {
                markup = UpdateJson.JSON.readTree(markup.asString());
            }
            if (markup != null && markup.has("inline_keyboard")) {
                markup.get("inline_keyboard").forEach(row -> row.forEach(b -> found.add(b.get(field).asString())));
            }
            return found;
        }
    }

    // ---- feeding updates -------------------------------------------------------------------

    /** Queues an update built with {@link UpdateJson}; returns its update_id. */
    public int enqueue(UpdateJson update) {
        int id = nextUpdateId.getAndIncrement();
        push(List.of(update.toUpdate(id)));
        return id;
    }

    /** A text (or a command, when it starts with a slash) in the private chat {@code chatId}. */
    public int sendText(long chatId, String text) {
        return enqueue(UpdateJson.message(chatId).text(text));
    }

    public int sendText(long chatId, String text, String languageCode) {
        return enqueue(UpdateJson.message(chatId).from(chatId, "Ana", languageCode).text(text));
    }

    public int sendCommand(long chatId, String command) {
        return sendText(chatId, command.startsWith("/") ? command : "/" + command);
    }

    /** A file sent as a document in the private chat {@code chatId} (whose user id is the chat id), served by getFile. */
    public int sendDocument(long chatId, String fileName, byte[] content, String caption) {
        String fileId = "doc" + hostedFiles.size();
        hostedFiles.put(fileId, content);
        return enqueue(UpdateJson.message(chatId).document(fileId, fileName, caption));
    }

    public int sendSticker(long chatId) {
        return enqueue(UpdateJson.message(chatId).sticker());
    }

    /** A press of the button with this data on the latest bot message in the chat that showed it. */
    public int press(long chatId, String data) {
        int messageId = lastMessageWithButton(chatId, data);
        return enqueue(UpdateJson.press(chatId, messageId, data));
    }

    /**
     * A press by a given person, such as a consultant in the group, on the latest message that still shows
     * the button (the bot may have taken a keyboard off with editMessageReplyMarkup); fails when none does.
     */
    public int pressAs(long chatId, long userId, String firstName, String languageCode, String data) {
        int messageId = visibleMessageWithButton(chatId, data)
                .orElseThrow(() -> new AssertionError("no message in chat " + chatId + " shows a button " + data + summary()));
        return enqueue(UpdateJson.press(chatId, messageId, data).from(userId, firstName, languageCode));
    }

    /** The latest message in the chat whose keyboard has that button and was not taken off since. */
    public Optional<Integer> visibleMessageWithButton(long chatId, String data) {
        List<Call> all = calls();
        for (int i = all.size() - 1; i >= 0; i--) {
            Call call = all.get(i);
            if (SENDS.contains(call.name()) && call.chatId() == chatId && call.buttonData().contains(data)) {
                int id = Integer.parseInt(call.param("message_id"));
                // editMessageText without a keyboard takes it off too, as on Telegram
                boolean cleared = all.subList(i + 1, all.size()).stream().anyMatch(later -> (later.is("editMessageReplyMarkup")
                        || later.is("editMessageText") && !later.buttonData().contains(data)) && later.chatId() == chatId && String.valueOf(id).equals(later.param("message_id"))
                        && later.buttonData().isEmpty());
                return cleared ? Optional.empty() : Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * A group member's reply to a message the bot sent there, as Telegram delivers it: reply_to_message
     * is the whole replied message, its text (or a document's caption) without the HTML markup.
     */
    public int replyInGroup(long groupId, long userId, String firstName, Call repliedTo, String text) {
        return enqueue(UpdateJson.group(groupId, userId).from(userId, firstName, "es").text(text)
                .replyToBotMessage(Integer.parseInt(repliedTo.param("message_id")), plain(repliedTo.text()),
                        !repliedTo.is("sendMessage")));
    }

    /** What a Telegram client shows of an HTML text: tags gone, entities read. */
    static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** A text sent twice under one update_id, in one batch, as a redelivery would. */
    public int sendDuplicated(long chatId, String text) {
        int id = nextUpdateId.getAndIncrement();
        ObjectNode update = UpdateJson.message(chatId).text(text).toUpdate(id);
        push(List.of(update, update.deepCopy()));
        return id;
    }

    /** A message from a member of a group (negative id). */
    public int sendGroupText(long groupId, long userId, String text) {
        return enqueue(UpdateJson.group(groupId, userId).text(text));
    }

    /** A group member's reply to a message the bot sent there (a consultant answering a case card). */
    public int replyInGroup(long groupId, long userId, BotApiDouble.Call botMessage, String text) {
        return enqueue(UpdateJson.group(groupId, userId).text(text).replyTo(botMessage));
    }

    /** A group member presses a button on the latest bot message in the group that showed it. */
    public int pressInGroup(long groupId, long userId, String data) {
        int messageId = lastMessageWithButton(groupId, data);
        return enqueue(UpdateJson.press(groupId, messageId, data).from(userId, "Carlos", "es"));
    }

    private void push(List<ObjectNode> updates) {
        synchronized (queued) {
            queued.addAll(updates);
            queued.notifyAll();
        }
    }

    /** How long getUpdates waits for news before answering an empty list. */
    public void holdPollsFor(Duration duration) {
        this.hold = duration;
    }

    /** Every call of that method (any case; {@code "*"} for all) answers this HTTP status with a Bot API error. */
    public void fail(String method, int status) {
        failures.put(method.toLowerCase(), status);
    }

    public void stopFailing() {
        failures.clear();
        refusedChats.clear();
        failNext.clear();
        faults = null;
    }

    /**
     * Random faults on sends (sendMessage, sendPhoto, sendDocument): a share answers 429 with
     * {@code retry_after}, another share 502. Failed sends are not recorded as calls (nothing reached
     * the chat); {@link #faultsAnswered()} counts them.
     */
    public record Faults(double tooManyRequests, int retryAfter, double badGateway, long seed) {
    }

    public synchronized void inject(Faults injected) {
        this.faults = injected;
        this.random = new java.util.Random(injected.seed());
    }

    /** Every send to this chat answers this status (400 bad request, 403 bot blocked), unrecorded. */
    public void refuse(long chatId, int status) {
        refusedChats.put(chatId, status);
    }

    /** The next {@code times} calls of the method (any case) answer this status, unrecorded. */
    public void failNext(String method, int status, int times) {
        failNext.put(method.toLowerCase() + " " + status, new AtomicInteger(times));
    }

    /** Whether the bot confirmed the update (asked getUpdates for a later offset), as Telegram then forgets it. */
    public boolean confirmed(int updateId) {
        return confirmedOffset.get() > updateId;
    }

    /** When ({@link System#nanoTime()}) the latest injected fault was answered. */
    public long lastFaultNanos() {
        return lastFault;
    }

    /** How many sends were answered with an injected fault. */
    public int faultsAnswered() {
        return faultsAnswered.get();
    }

    // ---- what the bot did ------------------------------------------------------------------

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(call -> call.is(method)).toList();
    }

    /** How many times a method was called (any case), cheaply, for load drivers. */
    public int count(String method) {
        AtomicInteger count = counts.get(method.toLowerCase());
        return count == null ? 0 : count.get();
    }

    /** How many messages, photos and documents reached a chat, cheaply, for load drivers. */
    public int sentCount(long chatId) {
        AtomicInteger count = sentCounts.get(chatId);
        return count == null ? 0 : count.get();
    }

    /** Messages, photos and documents sent to a chat, in order. */
    public List<Call> sentTo(long chatId) {
        return calls().stream().filter(call -> SENDS.contains(call.name()) && call.chatId() == chatId).toList();
    }

    /** Waits until some call matches, and returns the first that does. */
    public Call await(Predicate<Call> match, Duration timeout) {
        return until(() -> calls().stream().filter(match).findFirst(), timeout);
    }

    /** Waits until the probe finds something, re-checking whenever the bot makes a call. */
    public <T> T until(Supplier<Optional<T>> probe, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                Optional<T> found = probe.get();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("nothing matched within " + timeout + "; the bot called:" + summary());
                }
                waitOn(calls, Math.min(left, 100_000_000));
            }
        }
    }

    /** Waits until the chat has received at least {@code count} messages in all; returns them. */
    public List<Call> awaitSent(long chatId, int count, Duration timeout) {
        return until(() -> Optional.of(sentTo(chatId)).filter(sent -> sent.size() >= count), timeout);
    }

    /** Waits for a message to the chat sent after the first {@code after} whose text contains {@code fragment}. */
    public Call awaitSentContaining(long chatId, int after, String fragment, Duration timeout) {
        return until(() -> sentTo(chatId).stream().skip(after).filter(c -> c.text().contains(fragment)).findFirst(),
                timeout);
    }

    public String summary() {
        StringBuilder text = new StringBuilder();
        synchronized (calls) {
            calls.stream().filter(call -> !call.is("getupdates"))
                    .forEach(call -> text.append("\n  ").append(call.method()).append(' ').append(call.params()));
        }
        return text.toString();
    }

    int lastMessageWithButton(long chatId, String data) {
        List<Call> sent = sentTo(chatId);
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).buttonData().contains(data)) {
                return Integer.parseInt(sent.get(i).param("message_id"));
            }
        }
        return 0;
    }

    // ---- serving ---------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length == 4 && path[1].equals("file") && path[2].equals("bot" + token)) {
                byte[] content = hostedFiles.get(path[3]);
                exchange.sendResponseHeaders(content == null ? 404 : 200, content == null ? -1 : content.length);
                if (content != null) {
                    exchange.getResponseBody().write(content);
                }
                return;
            }
            if (path.length < 3 || !path[1].equals("bot" + token)) {
                answer(exchange, 401, error(401, "Unauthorized"));
                return;
            }
            String method = path[2];
            Map<String, byte[]> files = new LinkedHashMap<>();
            Map<String, JsonNode> params = RequestParams.read(exchange, files);
            Integer failure = failures.getOrDefault(method.toLowerCase(), failures.get("*"));
            if (failure != null) {
                record(method, params, files);
                answer(exchange, failure, error(failure, failure == 401 ? "Unauthorized" : "Internal Server Error"));
                return;
            }
            Optional<String> refused = limitProblem(method, params);
            if (refused.isPresent()) {
                refusedHtml.add(method + ": " + refused.get());
                answer(exchange, 400, error(400, "Bad Request: " + refused.get()));
                return;
            }
            Optional<String> badHtml = htmlProblem(method, params);
            if (badHtml.isPresent()) {
                refusedHtml.add(method + ": " + badHtml.get() + " in " + params.get("text") + params.get("caption"));
                answer(exchange, 400, error(400, "Bad Request: can't parse entities: " + badHtml.get()));
                return;
            }
            JsonNode topic = params.get("message_thread_id");
            if (topic != null && closedTopics.contains(topic.asInt())) {
                answer(exchange, 400, error(400, "Bad Request: TOPIC_CLOSED"));
                return;
            }
            if (method.equalsIgnoreCase("editMessageText") && !sentMessage(params)) {
                answer(exchange, 400, error(400, "Bad Request: message to edit not found"));
                return;
            }
            Integer fault = SENDS.contains(method.toLowerCase()) ? fault(method.toLowerCase(), params) : null;
            if (fault != null) {
                faultsAnswered.incrementAndGet();
                lastFault = System.nanoTime();
                answer(exchange, fault, fault == 429 ? tooMany(faults == null ? 1 : faults.retryAfter())
                        : error(fault, fault == 403 ? "Forbidden: bot was blocked by the user" : "Bad Gateway"));
                return;
            }
            JsonNode result = method.equalsIgnoreCase("getupdates") ? updates(params) : result(method, params);
            if (SENDS.contains(method.toLowerCase())) {
                params.put("message_id", UpdateJson.JSON.getNodeFactory().numberNode(result.get("message_id").asInt()));
            }
            if (!method.equalsIgnoreCase("getupdates")) {
                record(method, params, files);
            }
            ObjectNode ok = UpdateJson.JSON.createObjectNode().put("ok", true);
            ok.set("result", result);
            answer(exchange, 200, ok.toString());
        } catch (RuntimeException e) {
            answer(exchange, 500, error(500, e.toString()));
        }
    }

    /** Whether the message an edit names was sent to that chat, as Telegram requires. */
    private boolean sentMessage(Map<String, JsonNode> params) {
        JsonNode chat = params.get("chat_id");
        JsonNode message = params.get("message_id");
        return chat != null && message != null && sentTo(Long.parseLong(chat.asString())).stream()
                .anyMatch(call -> message.asString().equals(call.param("message_id")));
    }

    /** What a sent message shows now: its latest editMessageText, else what was sent. */
    public String shownText(Call sent) {
        String id = sent.param("message_id");
        return calls("editMessageText").stream().filter(edit -> edit.chatId() == sent.chatId() && id.equals(edit.param("message_id")))
                .reduce((first, second) -> second).map(Call::text).orElse(sent.text());
    }

    /** Texts and captions sent with {@code parse_mode=HTML} are held to Telegram's rules. */
    private static Optional<String> htmlProblem(String method, Map<String, JsonNode> params) {
        JsonNode mode = params.get("parse_mode");
        if (mode == null || !mode.asString().equalsIgnoreCase("html")) {
            return Optional.empty();
        }
        JsonNode text = params.containsKey("text") ? params.get("text") : params.get("caption");
        return text == null ? Optional.empty() : TelegramHtml.problem(text.asString());
    }

    /**
     * What Telegram refuses besides bad HTML: a text over 4,096 or a caption over 1,024 characters as shown,
     * a caption on a sticker, round video or place, a pop-up over 200, a topic outside a forum.
     */
    private Optional<String> limitProblem(String method, Map<String, JsonNode> params) {
        String name = method.toLowerCase();
        boolean html = params.get("parse_mode") != null && params.get("parse_mode").asString().equalsIgnoreCase("html");
        JsonNode text = params.get("text");
        JsonNode caption = params.get("caption");
        if (name.equals("sendmessage") && text != null && shown(text.asString(), html).length() > MESSAGE_LIMIT) {
            return Optional.of("message is too long");
        }
        if (caption != null && shown(caption.asString(), html).length() > CAPTION_LIMIT) {
            return Optional.of("message caption is too long");
        }
        if (caption != null && List.of("sendsticker", "sendvideonote", "sendlocation").contains(name)) {
            return Optional.of("unexpected caption for " + method);
        }
        if (name.equals("answercallbackquery") && text != null && text.asString().length() > POPUP_LIMIT) {
            return Optional.of("MESSAGE_TOO_LONG");
        }
        if (name.equals("createforumtopic") && !forums.contains(Long.parseLong(params.get("chat_id").asString()))) {
            return Optional.of("the chat is not a forum");
        }
        if (MEDIA_PARTS.containsKey(name) && params.get(MEDIA_PARTS.get(name)) == null) {
            return Optional.of("there is no " + MEDIA_PARTS.get(name) + " in the request");
        }
        if (name.equals("sendlocation") && (params.get("latitude") == null || params.get("longitude") == null)) {
            return Optional.of("wrong latitude or longitude");
        }
        return Optional.empty();
    }

    private static String shown(String text, boolean html) {
        return html ? plain(text) : text;
    }

    /** A forum topic the group's admins closed: Telegram refuses messages in it. */
    public BotApiDouble closeTopic(int topicId) {
        closedTopics.add(topicId);
        return this;
    }

    /** Makes a group a forum: getChat says so and topics can be made there. */
    public BotApiDouble forum(long chatId) {
        forums.add(chatId);
        return this;
    }

    /** The sends refused because their HTML would not parse on Telegram, or over Telegram's limits; a test expects none. */
    public List<String> refusedHtml() {
        return List.copyOf(refusedHtml);
    }

    private void record(String method, Map<String, JsonNode> params, Map<String, byte[]> files) {
        counts.computeIfAbsent(method.toLowerCase(), name -> new AtomicInteger()).incrementAndGet();
        if (SENDS.contains(method.toLowerCase()) && params.get("chat_id") != null) {
            sentCounts.computeIfAbsent(Long.parseLong(params.get("chat_id").asString()), id -> new AtomicInteger())
                    .incrementAndGet();
        }
        synchronized (calls) {
            calls.add(new Call(method, new LinkedHashMap<>(params), Map.copyOf(files), System.nanoTime()));
            calls.notifyAll();
        }
    }

    private JsonNode updates(Map<String, JsonNode> params) {
        long offset = params.containsKey("offset") ? Long.parseLong(params.get("offset").asString()) : 0;
        confirmedOffset.accumulateAndGet(offset, Math::max);
        int limit = params.containsKey("limit") ? Integer.parseInt(params.get("limit").asString()) : 100;
        long end = System.nanoTime() + hold.toNanos();
        synchronized (queued) {
            queued.removeIf(u -> u.get("update_id").asLong() < offset);
            while (queued.isEmpty() && System.nanoTime() < end) {
                waitOn(queued, end - System.nanoTime());
            }
            ArrayNode batch = UpdateJson.JSON.createArrayNode();
            queued.stream().limit(limit).forEach(batch::add);
            return batch;
        }
    }

    private JsonNode result(String method, Map<String, JsonNode> params) {
        String name = method.toLowerCase();
        if (name.equals("getme")) {
            return UpdateJson.JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Aliada").put("username", BOT_USERNAME);
        }
        if (name.equals("getfile")) {
            String id = params.get("file_id").asString();
            return UpdateJson.JSON.createObjectNode().put("file_id", id).put("file_unique_id", id)
                    .put("file_size", hostedFiles.getOrDefault(id, new byte[0]).length).put("file_path", id);
        }
        if (name.equals("getchat")) {
            long id = Long.parseLong(params.get("chat_id").asString());
            return UpdateJson.JSON.createObjectNode().put("id", id).put("type", id > 0 ? "private" : "supergroup")
                    .put("title", "Group").put("is_forum", forums.contains(id)).put("accent_color_id", 0)
                    .put("max_reaction_count", 11);
        }
        if (name.equals("createforumtopic")) {
            return UpdateJson.JSON.createObjectNode().put("message_thread_id", nextTopicId.getAndIncrement())
                    .put("name", params.get("name").asString()).put("icon_color", 7322096);
        }
        if (!SENDS.contains(name)) {
            return UpdateJson.JSON.getNodeFactory().booleanNode(true);
        }
        long chatId = Long.parseLong(params.get("chat_id").asString());
        ObjectNode message = UpdateJson.JSON.createObjectNode().put("message_id", nextMessageId.getAndIncrement())
                .put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Aliada")
                .put("username", BOT_USERNAME);
        if (name.equals("sendmessage")) {
            message.put("text", params.get("text").asString());
        } else if (params.containsKey("caption")) {
            message.put("caption", params.get("caption").asString());
        }
        return message;
    }

    private Integer fault(String method, Map<String, JsonNode> params) {
        JsonNode chat = params.get("chat_id");
        Integer refused = chat == null ? null : refusedChats.get(Long.parseLong(chat.asString()));
        if (refused != null) {
            return refused;
        }
        for (Map.Entry<String, AtomicInteger> next : failNext.entrySet()) {
            if (next.getKey().startsWith(method + " ") && next.getValue().getAndDecrement() > 0) {
                return Integer.parseInt(next.getKey().substring(method.length() + 1));
            }
        }
        Faults f = faults;
        if (f == null) {
            return null;
        }
        double roll;
        synchronized (this) {
            roll = random.nextDouble();
        }
        return roll < f.tooManyRequests() ? Integer.valueOf(429)
                : roll < f.tooManyRequests() + f.badGateway() ? Integer.valueOf(502) : null;
    }

    private static String tooMany(int retryAfter) {
        ObjectNode body = UpdateJson.JSON.createObjectNode().put("ok", false).put("error_code", 429)
                .put("description", "Too Many Requests: retry after " + retryAfter);
        body.putObject("parameters").put("retry_after", retryAfter);
        return body.toString();
    }

    private static String error(int code, String description) {
        return UpdateJson.JSON.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", description).toString();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void waitOn(Object monitor, long nanos) {
        try {
            monitor.wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
