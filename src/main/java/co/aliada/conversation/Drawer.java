package co.aliada.conversation;

/**
 * Draws a picture that a reply carries as what it shows (its recipe: a few hundred bytes of JSON) rather than
 * as pixels. A turn that ends with a chart then neither draws nor stores a PNG; the channel draws it when the
 * pixels are needed (the web page fetching it, the outbox sending it to Telegram), through {@link Drawings}.
 */
public interface Drawer {

    /** The content type of the recipes this draws, e.g. {@code application/vnd.aliada.radar+json}. */
    String recipeType();

    /** The picture itself (its own file name and content type) for this recipe. */
    Outbound.Attachment draw(Outbound.Attachment recipe);
}
