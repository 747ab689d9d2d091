package co.aliada.admin;

import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.conversation.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the admins on Telegram when a content change was refused, with the file, line and what is
 * wrong, so they can fix it without reading logs. The old content keeps serving meanwhile.
 */
@Component
class ContentProblemsNotifier {

    private static final int MAX_PROBLEMS = 10;

    private final LiveContent contents;
    private final ContentPart<Texts> texts;
    private final AdminProperties admins;
    private final ObjectProvider<AdminNotices> notices;

    ContentProblemsNotifier(LiveContent contents, ContentPart<Texts> texts, AdminProperties admins,
                            ObjectProvider<AdminNotices> notices) {
        this.contents = contents;
        this.texts = texts;
        this.admins = admins;
        this.notices = notices;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        contents.onRefused(refused -> notify(refused.folder(), refused));
    }

    private void notify(String content, co.aliada.content.RefusedChange failure) {
        if (admins.userIds().isEmpty()) {
            return;
        }
        String problems = String.join("\n", failure.problems().stream().limit(MAX_PROBLEMS)
                .map(p -> "• " + co.aliada.conversation.Html.escape(p.toString())).toList());
        String text = texts.current().content().get("admin.content-refused", "es",
                "content", content, "count", failure.problems().size(), "problems", problems);
        notices.getIfAvailable(AdminNotices::none).tell(admins.userIds(), text);
    }
}
