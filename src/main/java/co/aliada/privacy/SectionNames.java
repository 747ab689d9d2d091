package co.aliada.privacy;

import java.util.Collection;
import java.util.List;

import co.aliada.conversation.Turn;

/**
 * Section names as the person reads them: {@code privacy.section.<section>}, or {@code privacy.section.other} for a
 * section the texts do not name; a section's own name is internal and never shown.
 */
final class SectionNames {

    private SectionNames() {
    }

    static String of(Turn turn, Collection<String> sections) {
        List<String> names = sections.stream()
                .map(section -> turn.texts().has("privacy.section." + section)
                        ? turn.text("privacy.section." + section) : turn.text("privacy.section.other"))
                .distinct()
                .toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        // texts are read without their edge spaces: the spaces around "y" are put here
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + turn.text("privacy.sections.and") + " "
                + names.get(names.size() - 1);
    }
}
