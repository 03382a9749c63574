package jaga.ui.path;

import jaga.content.ContentModule;
import jaga.content.Topic;
import jaga.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Badges: one for each module passed, named for what the child can now do ("Scam Spotter",
 * "Pengesan Penipuan") and drawn as a medal with the topic's picture on a ribbon.
 */
public final class Badges {
    /** The disc of a badge still to earn (its lock is .badge-art-locked in jaga.css). */
    public static final Color LOCKED_DISC = Color.web("#EEF0F3");

    private Badges() {}

    /** The badge's name in the screen's language. */
    public static String name(ContentModule module, I18n i18n) {
        return i18n.get("badge." + module.topic().code());
    }

    /** The medal: the topic's picture, white on a dark disc (at least 4.5:1) with a gold rim, on a ribbon. */
    public static Node art(ContentModule module, boolean earned, double diameter) {
        double r = diameter / 2;
        // Two ribbon tails from behind the medal, hanging below it.
        Polygon left = new Polygon(r * 0.45, r, r * 0.95, r, r * 0.8, r * 2.5, r * 0.55, r * 2.25, r * 0.3, r * 2.45);
        Polygon right = new Polygon(r * 1.05, r, r * 1.55, r, r * 1.7, r * 2.45, r * 1.45, r * 2.25, r * 1.2, r * 2.5);
        Color ribbon = earned ? Color.web("#B91C1C") : Color.web("#C9CDD3");
        left.setFill(ribbon);
        right.setFill(ribbon);
        Circle disc = new Circle(r, earned ? colour(module.topic()) : LOCKED_DISC);
        disc.setStroke(earned ? Color.web("#D4A017") : Color.web("#8A8F99"));
        disc.setStrokeWidth(Math.max(3, diameter / 14));
        disc.setStrokeType(javafx.scene.shape.StrokeType.INSIDE);
        FontIcon icon = new FontIcon(earned ? iconCode(module.topic()) : "mdi2l-lock-outline");
        icon.getStyleClass().add(earned ? "badge-art-icon" : "badge-art-locked");
        StackPane medal = new StackPane(disc, icon);
        medal.resizeRelocate(0, 0, diameter, diameter);
        medal.setManaged(false);
        javafx.scene.layout.Pane art = new javafx.scene.layout.Pane(left, right, medal);
        art.getStyleClass().addAll("badge-art", earned ? "badge-earned" : "badge-locked");
        double height = r * 2.5;
        art.setMinSize(diameter, height);
        art.setPrefSize(diameter, height);
        art.setMaxSize(diameter, height);
        return art;
    }

    /** At the end of a passed module: the certificate is printed by a grown-up, from the adult area. */
    public static Label certificateNote(I18n i18n) {
        Label note = new Label(i18n.get("result.certificate"));
        note.setId("certificateNote");
        note.setWrapText(true);
        note.setGraphic(new FontIcon("mdi2p-printer"));
        note.getStyleClass().add("certificate-note");
        return note;
    }

    private static String iconCode(Topic topic) {
        return switch (topic) {
            case GROOMING -> "mdi2a-account-alert";
            case SCAMS -> "mdi2h-hook";
            case IMAGES -> "mdi2c-camera-off";
            case CYBERBULLYING -> "mdi2h-hand-heart";
            case PRIVACY -> "mdi2s-shield-lock";
            case MISINFORMATION -> "mdi2m-magnify";
            case UPSETTING -> "mdi2e-eye-off";
            case GAMES -> "mdi2g-gamepad-variant";
        };
    }

    /** The topic's medal: dark enough for the white picture at 4.5:1 (checked by ThemeContrastTest). */
    public static Color colour(Topic topic) {
        return switch (topic) {
            case GROOMING -> Color.web("#7E22CE");
            case SCAMS -> Color.web("#9A3412");
            case IMAGES -> Color.web("#1D4ED8");
            case CYBERBULLYING -> Color.web("#BE185D");
            case PRIVACY -> Color.web("#15803D");
            case MISINFORMATION -> Color.web("#0E7490");
            case UPSETTING -> Color.web("#4338CA");
            case GAMES -> Color.web("#4D7C0F");
        };
    }
}
