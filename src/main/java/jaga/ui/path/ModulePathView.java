package jaga.ui.path;

import jaga.learning.ModulePath;
import jaga.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The path through a module: "Lesson 1 · 2 · 3 · Quiz", each stop marked done, now or next by
 * an icon and a word (never by colour alone). Wraps onto two rows at large text.
 */
public final class ModulePathView extends FlowPane {
    private final I18n i18n;
    private final String idPrefix;
    private ModulePath path;

    /** @param idPrefix the start of each stop's id, e.g. "path-scams-7-9" gives "path-scams-7-9-1" ... "-quiz" */
    public ModulePathView(I18n i18n, String idPrefix) {
        this.i18n = i18n;
        this.idPrefix = idPrefix;
        setId(idPrefix);
        getStyleClass().add("module-path");
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.TEXT);
        i18n.onChange(this, this::draw);
    }

    public void show(ModulePath path) {
        this.path = path;
        draw();
    }

    public ModulePath path() {
        return path;
    }

    private void draw() {
        getChildren().clear();
        if (path == null) {
            return;
        }
        List<String> spoken = new ArrayList<>();
        for (ModulePath.Stop stop : path.stops()) {
            String name = stop.quiz() ? i18n.get("path.quiz") : i18n.get("path.lesson", stop.number());
            String state = i18n.get("path.state." + stop.state().name());
            FontIcon icon = new FontIcon(switch (stop.state()) {
                case DONE -> "mdi2c-check-circle";
                case CURRENT -> "mdi2m-map-marker";
                case NEXT -> stop.quiz() ? "mdi2f-flag-checkered" : "mdi2c-circle-outline";
            });
            icon.getStyleClass().add("path-icon");
            Label nameLabel = new Label(name);
            nameLabel.getStyleClass().add("path-name");
            Label stateLabel = new Label(state);
            stateLabel.getStyleClass().add("path-state");
            VBox words = new VBox(nameLabel, stateLabel);
            words.getStyleClass().add("path-words");
            HBox shown = new HBox(icon, words);
            shown.setAlignment(Pos.CENTER_LEFT);
            shown.getStyleClass().addAll("path-stop", "path-" + stop.state().name().toLowerCase());
            shown.setId(idPrefix + "-" + (stop.quiz() ? "quiz" : Integer.toString(stop.number())));
            shown.setAccessibleText(name + ": " + state);
            getChildren().add(shown);
            spoken.add(name + ": " + state);
        }
        setAccessibleText(i18n.get("path.title") + ". " + String.join(". ", spoken));
    }
}
