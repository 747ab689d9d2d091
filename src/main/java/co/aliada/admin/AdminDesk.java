package co.aliada.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import co.aliada.content.ContentProblem;
import co.aliada.content.ContentSnapshot;
import co.aliada.content.LiveContent;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What admins do from a chat: see the bot's state, reload content, replace a content file by sending
 * it, undo that, and get the programme's figures as charts and a CSV. Admins are the user ids of
 * {@code aliada.admin.user-ids}, as the channel reports them; channels ask {@link #isAdmin} first.
 */
public final class AdminDesk {

    static final int MAX_UPLOAD_KB = 1024;
    /** The largest content file accepted, in bytes. */
    public static final int MAX_UPLOAD_BYTES = MAX_UPLOAD_KB * 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(FigureFilter.ZONE);

    private final AdminProperties admins;
    private final LiveContent contents;
    private final ContentFiles files;
    private final FiguresService figures;
    private final FigureData data;
    private final Supplier<Texts> texts;
    private final MeterRegistry registry;

    AdminDesk(AdminProperties admins, LiveContent contents, ContentFiles files, FiguresService figures,
              FigureData data, Supplier<Texts> texts, MeterRegistry registry) {
        this.admins = admins;
        this.contents = contents;
        this.files = files;
        this.figures = figures;
        this.data = data;
        this.texts = texts;
        this.registry = registry;
    }

    /** Whether this user (the channel's own id for them) may run admin commands. */
    public boolean isAdmin(String user) {
        return user != null && admins.isAdmin(user);
    }

    /**
     * A content file an admin sent: replaced and live when the content still loads with it, refused
     * with every problem otherwise. {@code caption} may name the file's path when its name is ambiguous.
     * Returns the answers to show the admin, as Telegram-style HTML.
     */
    public List<String> upload(String user, String lang, String fileName, String caption, byte[] content) {
        if (!isAdmin(user)) {
            return List.of();
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_");
        if (content.length > MAX_UPLOAD_BYTES) {
            return List.of(text(lang, "admin.upload.too-big", "max", MAX_UPLOAD_KB));
        }
        ContentFiles.Target target = files.find(name, caption);
        if (target instanceof ContentFiles.Unknown unknown) {
            return List.of(text(lang, "admin.upload.unknown", "file", Html.escape(name),
                    "examples", Html.escape(String.join(", ", unknown.examples()))));
        }
        if (target instanceof ContentFiles.Ambiguous ambiguous) {
            return List.of(text(lang, "admin.upload.ambiguous", "file", Html.escape(name),
                    "paths", Html.escape(String.join(", ", ambiguous.paths())), "example", Html.escape(ambiguous.paths().get(0))));
        }
        ContentFiles.Found found = (ContentFiles.Found) target;
        List<ContentProblem> problems = new ArrayList<>(UploadText.problems(found.relative(), content));
        if (problems.isEmpty()) {
            problems.addAll(files.check(found, content));
        }
        if (!problems.isEmpty()) {
            return List.of(text(lang, "admin.upload.refused", "file", Html.escape(found.relative()),
                    "count", problems.size(), "problems", ProblemLines.of(problems, lang, texts.get(),
                            file -> file.equals(found.relative()) ? new String(content, StandardCharsets.UTF_8).lines().toList()
                                    : SourceLines.of(found.root().dir().resolve(file)))));
        }
        files.replace(found, content);
        String version = reloadRoot(found.root());
        List<String> answers = new ArrayList<>();
        answers.add(text(lang, "admin.upload.accepted", "file", Html.escape(found.relative()), "version", version));
        List<ContentProblem> warnings = co.aliada.content.YamlComments.warnings(new String(content, StandardCharsets.UTF_8),
                found.relative());
        if (!warnings.isEmpty()) {
            List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
            answers.add(text(lang, "admin.upload.warnings", "warnings", ProblemLines.of(warnings, lang, texts.get(), file -> lines)));
        }
        return answers;
    }

    String status(String lang) {
        List<String> lines = new ArrayList<>();
        for (Path folder : contents.folders()) {
            String name = String.valueOf(folder.getFileName());
            if (!contents.isLoaded()) {
                lines.add(text(lang, "admin.status.not-loaded", "content", name));
                continue;
            }
            ContentSnapshot live = contents.current();
            lines.add(text(lang, "admin.status.content", "content", name, "version", live.version(folder),
                    "at", WHEN.format(live.loadedAt())));
            contents.lastError(folder).ifPresent(error -> lines.add(text(lang, "admin.status.content-error",
                    "at", WHEN.format(error.at()), "error", Html.escape(error.problems().get(0).toString()))));
            List<ContentProblem> warnings = contents.warnings(folder);
            if (!warnings.isEmpty()) {
                lines.add(text(lang, "admin.status.content-warnings", "count", warnings.size(),
                        "warning", Html.escape(warnings.get(0).file() + ":" + warnings.get(0).line() + ": "
                                + ProblemLines.plain(warnings.get(0).message(), lang, texts.get()))));
            }
        }
        Gauge backlog = registry.find("aliada.outbox.backlog").gauge();
        return text(lang, "admin.status", "contents", String.join("\n", lines), "companies", data.profiles().size(),
                "cases", data.openCases(), "backlog", backlog == null ? "—" : Figure.format(backlog.value()));
    }

    String reload(String lang) {
        List<String> lines = new ArrayList<>();
        for (Path folder : contents.folders()) {
            boolean ok = contents.reload(folder);
            String version = contents.isLoaded() ? contents.current().version(folder) : "—";
            lines.add(text(lang, ok ? "admin.reload.ok" : "admin.reload.refused", "content", String.valueOf(folder.getFileName()),
                    "version", version));
        }
        return text(lang, "admin.reload.done", "contents", String.join("\n", lines));
    }

    String undo(String lang) {
        return files.undo().map(restored -> text(lang, "admin.undo.done", "file", Html.escape(restored.relative()),
                "version", reloadRoot(restored.root()))).orElseGet(() -> text(lang, "admin.undo.nothing"));
    }

    /** Each figure that has a chart as a picture, then the CSV of them all. */
    List<Outbound> report(String chat, String lang) {
        Figures all = figures.compute(FigureFilter.ALL, lang);
        List<Figure> charted = all.all().stream().filter(Figure::hasChart).toList();
        List<Outbound> messages = new ArrayList<>();
        messages.add(Outbound.text(chat, text(lang, "admin.report.intro", "count", charted.size())));
        for (Figure figure : charted) {
            messages.add(Outbound.text(chat, "<b>" + Html.escape(figure.title()) + "</b>")
                    .withImage(new Outbound.Attachment(figure.id() + ".png", "image/png", FigureCharts.png(figure))));
        }
        byte[] csv = FiguresCsv.of(all, text(lang, "admin.csv.header")).getBytes(StandardCharsets.UTF_8);
        messages.add(Outbound.text(chat, text(lang, "admin.report.csv"))
                .withDocument(new Outbound.Attachment("aliada-figures.csv", "text/csv", csv)));
        return messages;
    }

    /** Reloads the folder now, rather than when the watcher notices; answers the version being served. */
    private String reloadRoot(ContentFiles.Root root) {
        Path folder = root.dir().toAbsolutePath().normalize();
        contents.reload(folder);
        String version = contents.current().version(folder);
        return version == null ? "—" : version;
    }

    private String text(String lang, String key, Object... nameValues) {
        return texts.get().get(key, lang, nameValues);
    }
}
