package jaga.ui.adult;

import jaga.learning.Classroom;
import jaga.ui.common.Background;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The Learners page: the list, and the panels opened from it (the form, the delete warning and
 * the roster import), one shown at a time.
 */
public final class LearnersView extends StackPane {

    public LearnersView(LearnersViewModel model, I18n i18n, FileDialogs fileDialog) {
        getStyleClass().add("learners-page");
        model.adultLanguageProperty().bind(i18n.languageProperty());
        getChildren().addAll(
                shownIn(model, new LearnerListPane(model, i18n), LearnersViewModel.Mode.LIST),
                shownIn(model, new LearnerFormPane(model, i18n), LearnersViewModel.Mode.FORM),
                shownIn(model, new LearnerDeletePane(model, i18n), LearnersViewModel.Mode.DELETE),
                shownIn(model, new RosterImportPane(model, i18n, fileDialog), LearnersViewModel.Mode.IMPORT));
        // Read again each time the page is shown: the Classes page may have changed who is in which class.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.load();
            }
        });
    }

    /** The page as the adult area's Learners section. */
    public static LearnersView section(Classroom classroom, Background background, I18n i18n, FileDialogs fileDialog,
                                       RosterImportViewModel.RosterFromHub fromHub) {
        return new LearnersView(new LearnersViewModel(classroom, background, fromHub), i18n, fileDialog);
    }

    private static Node shownIn(LearnersViewModel model, Node pane, LearnersViewModel.Mode mode) {
        pane.visibleProperty().bind(model.modeProperty().isEqualTo(mode));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }
}
