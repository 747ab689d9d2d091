package co.aliada.admin;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import co.aliada.content.ContentPart;
import co.aliada.content.ContentSnapshot;
import co.aliada.content.ContentWarnings;
import co.aliada.content.LiveContent;
import co.aliada.content.RefusedChange;
import co.aliada.conversation.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the admins, each in their language, when a content change was refused (file, line, the
 * parser's message in plain words, the line itself) and, once a later change to that folder is
 * accepted, that their fix is live. The old content keeps serving meanwhile. A change that serves but
 * probably says less than meant (a value cut at a '#') is told as a warning, with its line.
 */
@Component
class ContentNotices {

    private final LiveContent contents;
    private final ContentPart<Texts> texts;
    private final AdminProperties admins;
    private final ObjectProvider<AdminNotices> notices;
    /** Folders whose last change was refused, by name: their next accepted change is news. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    ContentNotices(LiveContent contents, ContentPart<Texts> texts, AdminProperties admins,
                   ObjectProvider<AdminNotices> notices) {
        this.contents = contents;
        this.texts = texts;
        this.admins = admins;
        this.notices = notices;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        contents.lastErrors().values().forEach(error -> refused.add(error.folder()));
        if (contents.servingLastGood()) {
            contents.lastErrors().values().forEach(error -> tell(lang -> texts.get().get("admin.content-started-last-good", lang,
                    "content", error.folder(), "count", error.problems().size(), "problems", problems(error, lang))));
        }
        contents.onRefused(this::refused);
        contents.onAccepted(this::accepted);
        contents.onWarned(this::warned);
    }

    /** A file saved straight to disk is warned about as an upload is: it serves, but may not say what was meant. */
    private void warned(ContentWarnings warnings) {
        Path folder = folder(warnings.folder());
        tell(lang -> texts.get().get("admin.content-warnings", lang, "content", warnings.folder(),
                "warnings", ProblemLines.of(warnings.found(), lang, texts.get(),
                        file -> folder == null ? java.util.List.of() : SourceLines.of(folder.resolve(file)))));
    }

    private void refused(RefusedChange change) {
        refused.add(change.folder());
        tell(lang -> texts.get().get("admin.content-refused", lang, "content", change.folder(),
                "count", change.problems().size(), "problems", problems(change, lang)));
    }

    private String problems(RefusedChange change, String lang) {
        Path folder = folder(change.folder());
        return ProblemLines.of(change.problems(), lang, texts.get(),
                file -> folder == null ? java.util.List.of() : SourceLines.of(folder.resolve(file)));
    }

    private void accepted(ContentSnapshot snapshot) {
        for (Map.Entry<Path, String> version : snapshot.versions().entrySet()) {
            String name = String.valueOf(version.getKey().getFileName());
            if (contents.lastError(version.getKey()).isEmpty() && refused.remove(name)) {
                tell(lang -> texts.get().get("admin.content-live", lang, "content", name, "version", version.getValue()));
            }
        }
    }

    private Path folder(String name) {
        return contents.folders().stream().filter(f -> String.valueOf(f.getFileName()).equals(name)).findFirst().orElse(null);
    }

    private void tell(java.util.function.Function<String, String> htmlIn) {
        if (!admins.userIds().isEmpty()) {
            notices.getIfAvailable(AdminNotices::none).tell(admins.userIds(), htmlIn);
        }
    }
}
