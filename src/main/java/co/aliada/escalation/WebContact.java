package co.aliada.escalation;

import java.util.regex.Pattern;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Interceptor;
import co.aliada.conversation.Turn;

/**
 * A web chat cannot hear a consultant's answer live, so its case opens only once the person leaves a way
 * to be reached (an e-mail or a phone number), asked for by {@link Escalations#open}. The next text is
 * taken as that contact; anything else cancels the request with a word on how to try again.
 */
final class WebContact implements Interceptor {

    static final String AWAITING = "case.awaiting-contact";
    static final String CONTACT = "profile.contact";
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]{1,64}@[^\\s@<>]{1,190}\\.[A-Za-z]{2,24}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,20}[0-9]");
    private static final int MAX = 120;

    private final Escalations escalations;

    WebContact(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public boolean intercept(Inbound in, Turn turn) {
        String reason = turn.state().get(AWAITING);
        if (reason == null) {
            return false;
        }
        turn.state().put(AWAITING, null);
        if (in.kind() != Inbound.Kind.TEXT) {
            return false; // a command or a button: the person moved on
        }
        String contact = contact(in.payload());
        if (contact == null) {
            turn.say("escalation.web.contact-invalid");
            turn.repeatStep();
            return true;
        }
        turn.state().put(CONTACT, contact);
        escalations.open(turn, reason);
        return true;
    }

    /** The e-mail or phone number found in the text, or null. */
    static String contact(String text) {
        String t = text.strip();
        if (t.length() > MAX) {
            return null;
        }
        var email = EMAIL.matcher(t);
        if (email.find()) {
            return email.group();
        }
        var phone = PHONE.matcher(t);
        return phone.find() ? phone.group().strip() : null;
    }
}
