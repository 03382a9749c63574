package jaga.ui.profiles;

import jaga.model.Band;
import jaga.learning.Roster;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.FieldCheck;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The new-learner form: name, picture, age band. A problem with the name is marked on the field and
 * said in words under it, which screen readers also hear as the field's help (ui/common/FieldCheck,
 * the same check as the adults' learner and class forms).
 */
final class NewLearnerForm extends VBox {
    private final NewLearnerViewModel model;
    private final I18n i18n;
    private final TextField name = new TextField();
    /** The name field was typed in: until then an empty name is not called a problem, only Save waits. */
    private final BooleanProperty touched = new SimpleBooleanProperty();

    /** @param canCancel whether there is anyone to go back to */
    NewLearnerForm(NewLearnerViewModel model, I18n i18n, ObservableBooleanValue canCancel, Runnable cancel) {
        this.model = model;
        this.i18n = i18n;
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("profiles.form.title"));
        heading.getStyleClass().add("screen-title");

        Label nameLabel = new Label();
        nameLabel.textProperty().bind(i18n.text("profiles.form.name"));
        nameLabel.getStyleClass().add("field-label");
        name.setId("learnerName");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.promptTextProperty().bind(i18n.text("profiles.form.namePrompt"));
        name.accessibleTextProperty().bind(i18n.text("profiles.form.name"));
        name.getStyleClass().add("name-field");
        nameLabel.setLabelFor(name);
        name.textProperty().addListener((obs, was, now) -> touched.set(touched.get() || !now.isEmpty()));

        Label saveProblem = Problems.line(model.problemProperty(), i18n);
        saveProblem.setId("saveLearner-problem");

        Button save = Buttons.big("saveLearner", i18n.text("profiles.form.save"), true, () -> model.save(i18n.language()));
        save.disableProperty().bind(model.canSaveProperty().not());
        Button back = Buttons.big("cancelLearner", i18n.text("profiles.form.cancel"), false, cancel);
        back.visibleProperty().bind(canCancel);
        back.managedProperty().bind(back.visibleProperty());
        HBox actions = new HBox(save, back);
        actions.getStyleClass().add("form-actions");

        VBox form = new VBox(heading, nameLabel, name, nameProblem(), label("profiles.form.avatar"), avatars(),
                label("profiles.form.band"), bands(), saveProblem, actions);
        form.getStyleClass().addAll("card", "learner-form");
        form.setMaxWidth(720);
        getChildren().add(form);
        setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("form-wrapper");
        save.defaultButtonProperty().bind(visibleProperty());
        back.cancelButtonProperty().bind(visibleProperty());
    }

    /** The name's problem under the field, in words (with an icon, not colour alone), and marked on the field. */
    private Label nameProblem() {
        StringBinding text = Bindings.createStringBinding(() -> {
            NewLearnerViewModel.NameProblem problem = model.nameProblemProperty().get();
            if (problem == null || !touched.get()) {
                return "";
            }
            return problem == NewLearnerViewModel.NameProblem.MISSING ? i18n.get("profiles.form.nameMissing")
                    : i18n.get("profiles.form.nameTooLong", Roster.MAX_NAME);
        }, model.nameProblemProperty(), touched, i18n.languageProperty());
        return FieldCheck.attach(name, text, "learnerName-problem");
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private FlowPane avatars() {
        ToggleGroup avatars = new ToggleGroup();
        FlowPane avatarRow = new FlowPane();
        avatarRow.getStyleClass().add("avatar-choices");
        for (Avatars.Picture avatar : Avatars.ALL) {
            ToggleButton option = new ToggleButton();
            option.setGraphic(Avatars.picture(avatar.id(), 56));
            option.setToggleGroup(avatars);
            option.setUserData(avatar.id());
            option.setId("avatar-" + avatar.id());
            option.getStyleClass().add("avatar-choice");
            option.accessibleTextProperty().bind(i18n.text("avatar." + avatar.id()));
            option.setSelected(avatar.id().equals(model.avatarProperty().get()));
            avatarRow.getChildren().add(option);
        }
        avatars.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one picture is always chosen
            } else {
                model.avatarProperty().set((String) selected.getUserData());
            }
        });
        return avatarRow;
    }

    private HBox bands() {
        ToggleGroup bands = new ToggleGroup();
        HBox bandRow = new HBox();
        bandRow.getStyleClass().add("band-choices");
        for (Band band : ProfilesViewModel.childBands()) {
            ToggleButton option = new ToggleButton();
            option.textProperty().bind(i18n.text("band." + band.code()));
            option.setToggleGroup(bands);
            option.setUserData(band);
            option.setId("band-" + band.code());
            option.getStyleClass().add("band-choice");
            option.setSelected(band == model.bandProperty().get());
            bandRow.getChildren().add(option);
        }
        bands.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                model.bandProperty().set((Band) selected.getUserData());
            }
        });
        return bandRow;
    }

    /** When the form opens: the name field. */
    TextField nameField() {
        return name;
    }

    /** A new form starts without a problem called out. */
    void reset() {
        touched.set(false);
    }
}
