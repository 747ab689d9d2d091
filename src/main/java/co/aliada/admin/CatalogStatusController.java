package co.aliada.admin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.content.ContentPart;
import co.aliada.content.ContentProblem;
import co.aliada.content.LiveContent;
import co.aliada.content.Loaded;
import co.aliada.content.RefusedChange;
import co.aliada.conversation.Texts;
import co.aliada.matching.CatalogIndex;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/catalog}, as the design's contract gives it: the catalogue being served and {@code lastError},
 * the refused change of either content folder (catalogue or intents: an admin who saved a file wants to know
 * whether it was taken, whichever folder it was in), each problem with its folder, file and line, a YAML mistake
 * said in plain words as {@code validate} says it, and the slips admins make most (an id mistyped or repeated, a text
 * left in one language) as the admins' chat tells them, in the same language (the system's, or {@code ?lang=}).
 */
@RestController
class CatalogStatusController {

    private final ContentPart<CatalogIndex> catalog;
    private final LiveContent contents;
    private final ContentPart<Texts> texts;
    private final String systemLanguage = Texts.language(System.getenv("LANG"));

    CatalogStatusController(ContentPart<CatalogIndex> catalog, LiveContent contents, ContentPart<Texts> texts) {
        this.catalog = catalog;
        this.contents = contents;
        this.texts = texts;
    }

    /** {@code lastError} is always there, null once the files on disk are the ones served (the contract says so). */
    record CatalogView(String version, Instant loadedAt, Map<String, Integer> counts,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String lastError, Instant lastErrorAt) {
    }

    @GetMapping("/api/catalog")
    CatalogView catalog(@RequestParam(required = false) String lang) {
        Loaded<CatalogIndex> live = catalog.current();
        Catalog content = live.content().catalog();
        Map<Path, RefusedChange> errors = contents.lastErrors();
        List<Path> refused = contents.folders().stream().filter(errors::containsKey)
                .sorted(Comparator.comparing((Path folder) -> errors.get(folder).at()).reversed()).toList();
        return new CatalogView(live.version(), live.loadedAt(), Map.of("pillars", content.pillars().size(),
                "services", content.services().size(), "institutions", content.institutions().size()),
                refused.isEmpty() ? null : lastError(refused, errors, lang == null ? systemLanguage : Texts.language(lang)),
                refused.isEmpty() ? null : errors.get(refused.get(0)).at());
    }

    /** Each refused folder's problems, the latest refusal first, one a line: {@code intents/negation.yml: …}. */
    private String lastError(List<Path> refused, Map<Path, RefusedChange> errors, String lang) {
        List<String> lines = new ArrayList<>();
        for (Path folder : refused) {
            String name = String.valueOf(folder.getFileName());
            for (ContentProblem p : errors.get(folder).problems()) {
                String file = p.file().isEmpty() || p.file().equals(name) ? name : name + "/" + p.file();
                lines.add(new ContentProblem(file, p.line(), ProblemLines.plain(p.message(), lang, texts.get())).toString());
            }
        }
        return String.join("\n", lines);
    }
}
