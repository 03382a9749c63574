package jaga.ui.speech;

import jaga.ui.common.I18n;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The small speaker beside a text: reads it aloud in the screen's language (the text is
 * highlighted while it is read, see {@link ReadAloud#READING}) and stops when pressed again. Left out where no
 * speech engine is installed, and hidden while the language has no voice.
 */
public final class SpeakerButton {
    public static final String READING = ReadAloud.READING;
    static final String PLAY_ICON = "mdi2v-volume-high";
    static final String STOP_ICON = "mdi2s-stop-circle-outline";

    private SpeakerButton() {}

    /**
     * The node with a speaker button after it (in one row), or the node alone where nothing can
     * speak: the one way to make a text on any screen heard. For example a matching item or a help
     * card: {@code box.getChildren().add(SpeakerButton.beside(readAloud, i18n, "speak-match-" + id,
     * label, () -> i18n.in(text)))}. Ids are "speak-" and what is read.
     */
    public static Node beside(ReadAloud readAloud, I18n i18n, String id, Node text, Supplier<String> spoken) {
        return create(readAloud, i18n, id, text, spoken).<Node>map(button -> {
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(text, button);
            row.getStyleClass().add("speakable");
            return row;
        }).orElse(text);
    }

    /**
     * @param id        the button's id, e.g. "speak-prompt"
     * @param highlight the text node to highlight while it is read (also what identifies this reading)
     * @param text      the text as shown now, in the screen's language
     */
    public static Optional<Button> create(ReadAloud readAloud, I18n i18n, String id, Node highlight, Supplier<String> text) {
        if (readAloud == null || !readAloud.installed()) {
            return Optional.empty();
        }
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().addAll("flat", "speaker-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(true);
        FontIcon icon = new FontIcon(PLAY_ICON);
        button.setGraphic(icon);
        BooleanBinding reading = Bindings.createBooleanBinding(
                () -> readAloud.speakingProperty().get() == highlight, readAloud.speakingProperty());
        button.accessibleTextProperty().bind(Bindings.when(reading)
                .then(i18n.text("speech.stop")).otherwise(i18n.text("speech.readAloud")));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(button.accessibleTextProperty());
        button.setTooltip(tip);
        button.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> readAloud.canSpeak(i18n.language()), i18n.languageProperty(), readAloud.engineProperty()));
        button.managedProperty().bind(button.visibleProperty());
        reading.addListener((obs, was, now) -> {
            icon.setIconLiteral(now ? STOP_ICON : PLAY_ICON);
            if (now) {
                button.getStyleClass().add("speaking");
            } else {
                button.getStyleClass().remove("speaking");
            }
        });
        button.getProperties().put(SpeakerButton.class, reading); // keeps the binding as long as the button
        button.setOnAction(e -> readAloud.toggle(highlight, text.get(), i18n.language()));
        return Optional.of(button);
    }
}
