package jaga.ui.common;

import jaga.content.Topic;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** One icon per topic, so children who do not read well can still find their way. */
public final class Topics {
    private Topics() {}

    public static Region icon(Topic topic) {
        String code = switch (topic) {
            case GROOMING -> "mdi2a-account-alert";
            case SCAMS -> "mdi2h-hook";
            case IMAGES -> "mdi2c-camera-off";
            case CYBERBULLYING -> "mdi2e-emoticon-sad";
            case PRIVACY -> "mdi2s-shield-lock";
            case MISINFORMATION -> "mdi2m-magnify";
            case UPSETTING -> "mdi2e-eye-off";
            case GAMES -> "mdi2g-gamepad-variant";
        };
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add("topic-icon-glyph");
        StackPane holder = new StackPane(icon);
        holder.getStyleClass().addAll("topic-icon", "topic-" + topic.code());
        return holder;
    }
}
