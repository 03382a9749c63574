package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.learning.Classroom.LearnerRow;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Toolbar;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The warning before a learner is deleted for good, with the safe choice (Cancel) first. */
final class LearnerDeletePane extends ScrollPane {
    private final LearnerDeleteViewModel deleting;
    private final I18n i18n;

    LearnerDeletePane(LearnersViewModel page, I18n i18n) {
        this.deleting = page.deleting();
        this.i18n = i18n;
        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.textProperty().bind(aboutLearner("adult.learners.deleteTitle"));
        Label warning = new Label();
        warning.setId("deleteWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("danger-text");
        warning.setGraphic(IconSizes.like(new FontIcon("mdi2a-alert-outline"), warning, 1.2));
        warning.textProperty().bind(aboutLearner("adult.learners.deleteWarning"));
        Label archiveHint = new Label();
        archiveHint.getStyleClass().add("screen-subtitle");
        archiveHint.setWrapText(true);
        archiveHint.textProperty().bind(aboutLearner("adult.learners.deleteArchiveHint"));
        CheckBox understood = new CheckBox();
        understood.setId("deleteUnderstood");
        understood.setWrapText(true);
        understood.textProperty().bind(aboutLearner("adult.learners.deleteUnderstood"));
        understood.selectedProperty().bindBidirectional(deleting.understoodProperty());
        Button delete = Buttons.big("confirmDeleteLearner", i18n.text("adult.learners.deleteForever"), false,
                deleting::delete);
        delete.getStyleClass().add("danger");
        delete.setGraphic(IconSizes.like(new FontIcon("mdi2d-delete-forever"), delete, 1.2));
        delete.disableProperty().bind(deleting.understoodProperty().not().or(deleting.busyProperty()));
        Button cancel = Buttons.big("cancelDeleteLearner", i18n.text("adult.cancel"), true, page::cancel);
        page.modeProperty().addListener((obs, old, mode) -> {
            boolean open = mode == LearnersViewModel.Mode.DELETE;
            cancel.setCancelButton(open);
            if (open) {
                Focus.request(cancel); // the safe choice first
            }
        });
        VBox card = new VBox(heading, warning, archiveHint, understood, Toolbar.of(cancel, delete));
        card.getStyleClass().addAll("card", "adult-form", "danger-card");
        VBox content = new VBox(card);
        content.getStyleClass().add("adult-page");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("screen-scroll");
    }

    /** A message about the learner, by name, in the adult's language. */
    private StringBinding aboutLearner(String key) {
        return Bindings.createStringBinding(() -> {
            LearnerRow row = deleting.learnerProperty().get();
            return row == null ? "" : i18n.get(key, row.learner().displayName());
        }, deleting.learnerProperty(), i18n.languageProperty());
    }
}
