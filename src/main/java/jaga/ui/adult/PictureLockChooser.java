package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.learning.PictureLock;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Choices;
import jaga.ui.common.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The learner form's picture lock: none, keep the one they have, or a new sequence of three pictures. */
final class PictureLockChooser extends VBox {

    PictureLockChooser(LearnerFormViewModel form, I18n i18n) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("adult.learners.lock.title"));
        heading.getStyleClass().add("field-label");
        Label explain = AdultText.subtitle(i18n, "adult.learners.lock.intro");

        ToggleGroup choice = new ToggleGroup();
        RadioButton none = Choices.radio(i18n, choice, "lockNone", "adult.learners.lock.none",
                LearnerFormViewModel.LockChoice.NONE);
        RadioButton keep = Choices.radio(i18n, choice, "lockKeep", "adult.learners.lock.keep",
                LearnerFormViewModel.LockChoice.KEEP);
        RadioButton fresh = Choices.radio(i18n, choice, "lockNew", "adult.learners.lock.new",
                LearnerFormViewModel.LockChoice.NEW);
        keep.visibleProperty().bind(Bindings.createBooleanBinding(() -> form.editingProperty().get() != null
                && form.editingProperty().get().pictureLocked(), form.editingProperty()));
        keep.managedProperty().bind(keep.visibleProperty());
        Choices.bind(choice, form.lockChoiceProperty());

        FlowPane pictures = new FlowPane();
        pictures.getStyleClass().add("adult-lock-pictures");
        // The same pictures, in the same order, as the child's lock screen.
        for (Avatars.Picture lockPicture : Avatars.LOCK_PICTURES) {
            String picture = lockPicture.id();
            Button button = new Button();
            button.setId("lockPicture-" + picture);
            button.setGraphic(IconSizes.like(new FontIcon(lockPicture.iconCode()), button, 1.2));
            button.textProperty().bind(i18n.text("pictureLock.picture." + picture));
            button.setContentDisplay(ContentDisplay.TOP);
            button.getStyleClass().add("adult-lock-picture");
            button.setOnAction(e -> form.pickLockPicture(picture));
            button.disableProperty().bind(Bindings.size(form.newLock()).greaterThanOrEqualTo(PictureLock.LENGTH));
            pictures.getChildren().add(button);
        }
        Label chosen = new Label();
        chosen.setId("lockChosen");
        chosen.setWrapText(true);
        chosen.getStyleClass().add("lock-chosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> names = form.newLock().stream().map(p -> i18n.get("pictureLock.picture." + p)).toList();
            return i18n.get("adult.learners.lock.chosen", names.size(), PictureLock.LENGTH,
                    names.isEmpty() ? "-" : String.join(", ", names));
        }, form.newLock(), i18n.languageProperty()));
        Button again = Buttons.big("lockAgain", i18n.text("adult.learners.lock.again"), false, form::clearLockPictures);
        again.disableProperty().bind(Bindings.isEmpty(form.newLock()));
        VBox sequence = new VBox(pictures, chosen, again);
        sequence.getStyleClass().add("lock-sequence");
        sequence.visibleProperty().bind(form.lockChoiceProperty().isEqualTo(LearnerFormViewModel.LockChoice.NEW));
        sequence.managedProperty().bind(sequence.visibleProperty());

        getChildren().addAll(heading, explain, none, keep, fresh, sequence);
        getStyleClass().add("lock-chooser");
    }
}
