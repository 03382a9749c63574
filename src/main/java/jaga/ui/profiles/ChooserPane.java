package jaga.ui.profiles;

import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * A grid of pictures with names: a child taps theirs. No typing, no password. In a computer lab
 * (many learners, or classes) the grid can be narrowed to a class and searched by part of a name.
 */
final class ChooserPane extends VBox {
    static final PseudoClass LAB = PseudoClass.getPseudoClass("lab");

    private final ProfilesViewModel screen;
    private final LearnerChooserViewModel model;
    private final I18n i18n;
    private final TilePane grid = new TilePane(); // every picture the same size, in tidy rows
    private final LabTools tools;

    ChooserPane(ProfilesViewModel screen, I18n i18n) {
        this.screen = screen;
        this.model = screen.chooser();
        this.i18n = i18n;
        Label title = new Label();
        title.textProperty().bind(i18n.text("profiles.title"));
        title.getStyleClass().add("screen-title");

        tools = new LabTools(model, i18n, () -> Focus.request(tiles().get(0)));
        grid.getStyleClass().add("learner-grid");
        grid.setAlignment(Pos.TOP_CENTER);
        model.shownLearners().addListener((ListChangeListener<LearnerChooserViewModel.Tile>) change -> refreshGrid());
        model.labProperty().addListener((obs, was, now) -> refreshGrid());
        i18n.onChange(this, this::refreshGrid); // class and age hints under names are in the screen's language
        // Typing a letter with a picture focused starts a search, as in a file manager.
        grid.addEventFilter(KeyEvent.KEY_TYPED, this::typeToSearch);

        Label problem = Problems.line(screen.problemProperty(), i18n);
        problem.setId("profiles-problem");
        getChildren().addAll(title, problem, tools, noMatch(), grid);
        getStyleClass().add("profiles-chooser");
        setAlignment(Pos.TOP_CENTER);
        refreshGrid();
    }

    /** Said when the class and search match no one, with a way back to everyone. */
    private Node noMatch() {
        Label message = new Label();
        message.setId("noMatch");
        message.getStyleClass().add("screen-subtitle");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            String typed = model.searchProperty().get().strip();
            String chosen = model.classFilterProperty().get();
            return chosen == null ? i18n.get("profiles.noMatch", typed) : i18n.get("profiles.noMatch.inClass", typed, chosen);
        }, model.searchProperty(), model.classFilterProperty(), i18n.languageProperty()));
        Button everyone = Buttons.big("showEveryone", i18n.text("profiles.showEveryone"), false, () -> {
            model.showEveryone();
            focusSearch();
        });
        VBox box = new VBox(message, everyone);
        box.getStyleClass().add("no-match");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.shownLearners().isEmpty() && !model.learners().isEmpty(),
                model.shownLearners(), model.learners()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Ctrl+F, or "show everyone": the search box, in a lab while the pictures show. */
    void focusSearch() {
        if (model.labProperty().get() && screen.modeProperty().get() == ProfilesViewModel.Mode.CHOOSE) {
            tools.focusSearch();
        }
    }

    private void typeToSearch(KeyEvent event) {
        String typed = event.getCharacter();
        if (!model.labProperty().get() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || typed.isEmpty() || !Character.isLetterOrDigit(typed.codePointAt(0))) {
            return;
        }
        tools.typeInSearch(typed);
        event.consume();
    }

    private List<Node> tiles() {
        return grid.getChildren().filtered(node -> node.getStyleClass().contains("learner-tile")
                && !node.getStyleClass().contains("add-learner-tile"));
    }

    private void refreshGrid() {
        boolean lab = model.labProperty().get();
        grid.getChildren().clear();
        for (LearnerChooserViewModel.Tile shown : model.shownLearners()) {
            grid.getChildren().add(LearnerTiles.learner(shown, lab, i18n, screen::choose));
        }
        grid.getChildren().add(LearnerTiles.add(i18n, screen::startAdding));
    }

    /** The first look: in a lab the search box (type your name), at home the first picture, as before. */
    void focusFirst() {
        if (screen.modeProperty().get() == ProfilesViewModel.Mode.CHOOSE) {
            Focus.request(model.labProperty().get() ? tools.search() : grid.getChildren().get(0));
        }
    }

    /** Back from a picture lock: the picture of the child who was there (else the first). */
    void focusTile(Long learnerId) {
        List<Node> tiles = tiles();
        Node target = tiles.stream().filter(t -> ("learner-" + learnerId).equals(t.getId())).findFirst()
                .orElse(tiles.isEmpty() ? grid.getChildren().get(0) : tiles.get(0));
        Focus.request(target);
    }
}
