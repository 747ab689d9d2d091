package co.aliada.conversation;

/** Tells what free text means, before any step sees it. The intent feature provides the real one. */
public interface Understanding {

    /** The intent of a need told in free text ("no tengo clientes"): what a challenge is written from. */
    String NEED = "challenge";

    /** The intent of a text about nothing the bot does ("¿quién ganó el partido?"): no answer to any of its questions. */
    String OFF_TOPIC = "out_of_scope";

    /** The best intent for this text, or {@link Intent#NONE} when nothing passes the threshold. */
    Intent classify(String text, String lang);

    /**
     * The intent this text leans to most, even where it passes no threshold (then never strong): how a faint reading
     * is told from none ("tenemos un cultivo de fresas y se nos pudre la cosecha" leans to a need at 0.2, "¿qué día es
     * hoy?" to none of the bot's). Only what it leans to as {@link #classify} would say it, by default.
     */
    default Intent leaning(String text, String lang) {
        return classify(text, lang);
    }

    /**
     * The intent ranked next after the one this text reads as (never strong), or {@link Intent#NONE}: how close a
     * loosely read request comes to something else ("necesito un resumen para la reunión con los socios" reads as the
     * summary, a need close behind). None by default.
     */
    default Intent runnerUp(String text, String lang) {
        return Intent.NONE;
    }

    /**
     * The language ("es", "en") this text is plainly written in, or null when its words do not tell; a chat's first
     * message sets the chat's language with it, ahead of the phone's or the browser's.
     */
    default String writtenIn(String text) {
        return null;
    }

    /** A recognised intent and how sure the classifier is. */
    record Intent(String id, double score, boolean strong) {

        public static final Intent NONE = new Intent(null, 0, false);

        public boolean is(String intentId) {
            return intentId.equals(id);
        }

        public boolean recognised() {
            return id != null;
        }
    }

    /** Understands nothing; every text goes to the current step. */
    Understanding NOTHING = (text, lang) -> Intent.NONE;
}
