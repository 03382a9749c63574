package jaga.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pictures children pick: their avatar (an animal) and the pictures of their picture lock,
 * each a white icon on a coloured disc.
 */
public final class Avatars {

    /** One picture: its id (stored, and the end of its message key), icon and disc colour. */
    public record Picture(String id, String iconCode, Color background) {}

    // Dark discs with white icons: at least 4.5:1 contrast, so the picture reads for every child.
    public static final List<Picture> ALL = List.of(
            new Picture("cat", "mdi2c-cat", Color.web("#9A3412")),
            new Picture("dog", "mdi2d-dog", Color.web("#1D4ED8")),
            new Picture("rabbit", "mdi2r-rabbit", Color.web("#7E22CE")),
            new Picture("turtle", "mdi2t-turtle", Color.web("#15803D")),
            new Picture("owl", "mdi2o-owl", Color.web("#854D0E")),
            new Picture("fish", "mdi2f-fish", Color.web("#0E7490")),
            new Picture("butterfly", "mdi2b-butterfly", Color.web("#BE185D")),
            new Picture("elephant", "mdi2e-elephant", Color.web("#475569")));

    /** The picture lock's pictures, in the order the lock screen and the learner form show them. */
    public static final List<Picture> LOCK_PICTURES = List.of(
            new Picture("sun", "mdi2w-white-balance-sunny", Color.web("#9A3412")),
            new Picture("moon", "mdi2m-moon-waning-crescent", Color.web("#1E3A8A")),
            new Picture("star", "mdi2s-star", Color.web("#854D0E")),
            new Picture("tree", "mdi2p-pine-tree", Color.web("#15803D")),
            new Picture("flower", "mdi2f-flower", Color.web("#BE185D")),
            new Picture("apple", "mdi2f-food-apple", Color.web("#B91C1C")),
            new Picture("ball", "mdi2s-soccer", Color.web("#475569")),
            new Picture("car", "mdi2c-car", Color.web("#1D4ED8")),
            new Picture("umbrella", "mdi2u-umbrella", Color.web("#7E22CE")));

    private Avatars() {}

    public static Picture byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst().orElse(ALL.get(0));
    }

    public static Node picture(String id, double diameter) {
        return disc(byId(id), diameter);
    }

    /**
     * The picture as a white icon on its dark disc. {@code diameter} is in pixels at 100% text; the
     * disc and its icon are sized in em, so they grow with the text-size setting like everything else.
     */
    public static Node disc(Picture picture, double diameter) {
        Circle disc = new Circle(diameter / 2, picture.background());
        FontIcon icon = new FontIcon(picture.iconCode());
        StackPane shown = new StackPane(disc, icon);
        // The disc fills the pane, whose size follows the root font; the icon's colour comes from jaga.css.
        disc.radiusProperty().bind(shown.widthProperty().divide(2));
        shown.getStyleClass().addAll("avatar", diameter >= 90 ? "avatar-large" : diameter >= 50 ? "avatar-medium" : "avatar-small");
        String size = em(diameter);
        shown.setStyle("-fx-min-width: " + size + "; -fx-pref-width: " + size + "; -fx-max-width: " + size
                + "; -fx-min-height: " + size + "; -fx-pref-height: " + size + "; -fx-max-height: " + size + ";");
        // The icon keeps its share of the disc (the share the stylesheet's pixel sizes had at 100%).
        IconSizes.share(icon, shown.widthProperty(), iconPixels(diameter) / diameter);
        return shown;
    }

    /** The icon's size at 100% text, as the stylesheet had it for each size of disc. */
    private static double iconPixels(double diameter) {
        return diameter >= 90 ? 60 : diameter >= 50 ? 34 : 20;
    }

    private static String em(double pixelsAtOneHundredPercent) {
        return String.format(Locale.ROOT, "%.4fem", pixelsAtOneHundredPercent / DisplaySettings.BASE_FONT_PX);
    }
}
