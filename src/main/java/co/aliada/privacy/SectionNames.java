package co.aliada.privacy;

import java.util.Collection;
import java.util.stream.Collectors;

import co.aliada.conversation.Html;
import co.aliada.conversation.Turn;

/** Section names as the person reads them: {@code privacy.section.<section>} when the texts have it. */
final class SectionNames {

    private SectionNames() {
    }

    static String of(Turn turn, Collection<String> sections) {
        return sections.stream()
                .map(section -> turn.texts().has("privacy.section." + section)
                        ? turn.text("privacy.section." + section) : Html.escape(section))
                .collect(Collectors.joining(", "));
    }
}
