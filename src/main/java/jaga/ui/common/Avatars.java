package jaga.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/** The pictures children pick instead of typing a password: an animal on a coloured disc. */
public final class Avatars {

    public record Avatar(String id, String iconCode, Color background) {}

    // Dark discs with white icons: at least 4.5:1 contrast, so the picture reads for every child.
    public static final List<Avatar> ALL = List.of(
            new Avatar("cat", "mdi2c-cat", Color.web("#9A3412")),
            new Avatar("dog", "mdi2d-dog", Color.web("#1D4ED8")),
            new Avatar("rabbit", "mdi2r-rabbit", Color.web("#7E22CE")),
            new Avatar("turtle", "mdi2t-turtle", Color.web("#15803D")),
            new Avatar("owl", "mdi2o-owl", Color.web("#854D0E")),
            new Avatar("fish", "mdi2f-fish", Color.web("#0E7490")),
            new Avatar("butterfly", "mdi2b-butterfly", Color.web("#BE185D")),
            new Avatar("elephant", "mdi2e-elephant", Color.web("#475569")));

    private Avatars() {}

    public static Avatar byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst().orElse(ALL.get(0));
    }

    public static Node picture(String id, double diameter) {
        Avatar avatar = byId(id);
        return disc(avatar.iconCode(), avatar.background(), diameter);
    }

    /** A white icon on a dark disc, sized like the avatars (the picture lock uses the same look). */
    public static Node disc(String iconCode, Color background, double diameter) {
        Circle disc = new Circle(diameter / 2, background);
        FontIcon icon = new FontIcon(iconCode);
        StackPane picture = new StackPane(disc, icon);
        // Icon size and colour come from jaga.css: the theme's icon rules outrank values set in code.
        picture.getStyleClass().addAll("avatar", diameter >= 90 ? "avatar-large" : diameter >= 50 ? "avatar-medium" : "avatar-small");
        picture.setMinSize(diameter, diameter);
        picture.setMaxSize(diameter, diameter);
        return picture;
    }
}
