package co.aliada.conversation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@link Drawer}, by the recipe type it draws; what a channel asks before it shows an attachment. */
public final class Drawings {

    /** No drawers: every attachment is shown as it is. */
    public static final Drawings NONE = new Drawings(List.of());

    private final Map<String, Drawer> byType;

    public Drawings(List<Drawer> drawers) {
        this.byType = drawers.stream().collect(Collectors.toUnmodifiableMap(Drawer::recipeType, Function.identity()));
    }

    /** The attachment as a person sees it: drawn when it is a recipe, itself otherwise. */
    public Outbound.Attachment shown(Outbound.Attachment file) {
        Drawer drawer = file == null ? null : byType.get(file.contentType());
        return drawer == null ? file : drawer.draw(file);
    }
}
