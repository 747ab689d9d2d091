package co.aliada.escalation;

import java.util.Locale;
import java.util.OptionalLong;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Interceptor;
import co.aliada.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything said in the consultants' chat: Take / Close buttons, replies to a case's messages and
 * {@code /casos}. That chat is never a journey; anything else said there is left alone.
 */
final class CaseDesk implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(CaseDesk.class);

    private final ConsultantsChat group;
    private final CaseActions actions;

    CaseDesk(ConsultantsChat group, CaseActions actions) {
        this.group = group;
        this.actions = actions;
    }

    @Override
    public boolean intercept(Inbound in, Turn turn) {
        if (!group.is(in.chat())) {
            return false;
        }
        switch (in.kind()) {
            case BUTTON -> button(in, turn);
            case COMMAND -> {
                String name = in.commandName().replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
                if (name.equals("casos") || name.equals("cases")) {
                    actions.list(turn);
                }
            }
            case TEXT -> {
                OptionalLong id = CaseTag.in(in.replyTo());
                if (id.isPresent()) {
                    actions.answer(id.getAsLong(), in, turn);
                }
            }
            case UNSUPPORTED -> {
                if (CaseTag.in(in.replyTo()).isPresent()) {
                    actions.onlyText(turn);
                }
            }
        }
        return true;
    }

    private void button(Inbound in, Turn turn) {
        String data = in.payload();
        Long id = idAfter(data, CaseCard.TAKE);
        if (id != null) {
            actions.take(id, in, turn);
            return;
        }
        id = idAfter(data, CaseCard.CLOSE);
        if (id != null) {
            actions.close(id, in, turn);
            return;
        }
        log.warn("unknown button in the consultants' chat; ignored");
    }

    private static Long idAfter(String data, String prefix) {
        if (!data.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.parseLong(data.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
