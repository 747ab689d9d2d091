package co.aliada.conversation;

/** Hears about every turn, for metrics; the engine stays free of any metrics library. */
public interface TurnObserver {

    void turnHandled(Inbound.Kind kind, long nanos, boolean failed);

    TurnObserver NONE = (kind, nanos, failed) -> {
    };
}
