package jaga.ui.profiles;

import jaga.model.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** The buttons on "Who is learning?": a learner's picture and name, and "Add a learner". */
final class LearnerTiles {
    private LearnerTiles() {}

    /** A learner's picture with their name and, under it, what tells them from a namesake. */
    static Button learner(LearnerChooserViewModel.Tile shown, boolean lab, I18n i18n, Consumer<Learner> onChosen) {
        Learner learner = shown.learner();
        Label name = ScriptText.names(centred(new WrappingLabel(learner.displayName()), "learner-name"));
        VBox face = new VBox(Avatars.picture(learner.avatar(), lab ? 64 : 96), name);
        String hint = tellApart(shown, i18n);
        if (!hint.isEmpty()) {
            face.getChildren().add(centred(new WrappingLabel(hint), "learner-hint"));
        }
        face.setAlignment(Pos.TOP_CENTER);
        face.getStyleClass().add("learner-face");
        Button tile = new Button();
        tile.setGraphic(face);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE); // fills its cell: all tiles as big as the biggest
        tile.getStyleClass().add("learner-tile");
        tile.setId("learner-" + learner.id());
        // Screen readers say the name first, as before, then what tells namesakes apart.
        tile.setAccessibleText(hint.isEmpty() ? learner.displayName() : learner.displayName() + ", " + hint);
        tile.setOnAction(e -> onChosen.accept(learner));
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                tile.fire();
                e.consume();
            }
        });
        return tile;
    }

    /** The "+" tile that starts adding a learner (behind the adult's PIN). */
    static Button add(I18n i18n, Runnable onAdd) {
        Label plus = new Label("+");
        plus.getStyleClass().add("add-learner-plus");
        Label addText = centred(new WrappingLabel(""), "learner-name");
        addText.textProperty().bind(i18n.text("profiles.add"));
        VBox addFace = new VBox(plus, addText);
        addFace.setAlignment(Pos.CENTER);
        addFace.getStyleClass().add("learner-face");
        Button add = new Button();
        add.setGraphic(addFace);
        add.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        add.setId("addLearner");
        add.getStyleClass().addAll("learner-tile", "add-learner-tile");
        add.accessibleTextProperty().bind(i18n.text("profiles.add"));
        add.setOnAction(e -> onAdd.run());
        return add;
    }

    private static Label centred(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** What tells this learner from another of the same name, in the screen's language; "" when nothing is needed. */
    private static String tellApart(LearnerChooserViewModel.Tile tile, I18n i18n) {
        return switch (tile.tellApart()) {
            case NOTHING -> "";
            case CLASS -> String.join(", ", tile.classNames());
            case BAND -> i18n.get("band.short." + tile.learner().band().code());
            case NUMBER -> i18n.get("profiles.number", tile.learner().id());
        };
    }

    /**
     * A label that wraps inside a fixed width (set in the stylesheet) and asks for the height of
     * all its lines even where its parent asks without a width, as a button's graphic does: a long
     * name like "Nur Aisyah binti Ahmad" shows whole, on two or three lines, never cut off.
     */
    private static final class WrappingLabel extends Label {
        WrappingLabel(String text) {
            super(text);
        }

        @Override
        protected double computePrefHeight(double width) {
            // Its width is fixed, so its height is that of its lines at that width, whatever is asked.
            return super.computePrefHeight(getPrefWidth() > 0 ? getPrefWidth() : width);
        }
    }
}
