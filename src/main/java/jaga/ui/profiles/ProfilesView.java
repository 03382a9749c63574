package jaga.ui.profiles;

import jaga.content.Band;
import jaga.progress.Learner;
import jaga.ui.adult.PinGateView;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A grid of pictures with names: a child taps theirs. No typing, no password. */
public final class ProfilesView extends StackPane {

    private final ProfilesViewModel model;
    private final I18n i18n;
    private final FlowPane grid = new FlowPane();

    public ProfilesView(ProfilesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().addAll("screen", "profiles-screen");

        Label title = new Label();
        title.textProperty().bind(i18n.text("profiles.title"));
        title.getStyleClass().add("screen-title");

        grid.getStyleClass().add("learner-grid");
        grid.setAlignment(Pos.CENTER);
        model.learners().addListener((ListChangeListener<Learner>) change -> refreshGrid());
        refreshGrid();

        VBox chooser = new VBox(title, grid);
        chooser.getStyleClass().add("profiles-chooser");
        chooser.setAlignment(Pos.TOP_CENTER);
        shownIn(chooser, ProfilesViewModel.Mode.CHOOSE);
        VBox form = buildForm();
        shownIn(form, ProfilesViewModel.Mode.ADD_LEARNER);
        PinGateView gate = new PinGateView(model.gate(), i18n, "pin.enter.intro", model::cancel,
                javafx.beans.binding.Bindings.isNotEmpty(model.learners()));
        shownIn(gate, ProfilesViewModel.Mode.ADULT_PIN);

        ScrollPane scroll = new ScrollPane(new VBox(chooser, gate, form));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        getChildren().add(scroll);
    }

    private void refreshGrid() {
        grid.getChildren().clear();
        for (Learner learner : model.learners()) {
            Label name = new Label(learner.displayName());
            name.getStyleClass().add("learner-name");
            VBox face = new VBox(Avatars.picture(learner.avatar(), 96), name);
            face.setAlignment(Pos.CENTER);
            face.getStyleClass().add("learner-face");
            Button tile = new Button();
            tile.setGraphic(face);
            tile.getStyleClass().add("learner-tile");
            tile.setId("learner-" + learner.id());
            tile.setAccessibleText(learner.displayName());
            tile.setOnAction(e -> model.choose(learner));
            grid.getChildren().add(tile);
        }
        Label plus = new Label("+");
        plus.getStyleClass().add("add-learner-plus");
        Label addText = new Label();
        addText.textProperty().bind(i18n.text("profiles.add"));
        addText.getStyleClass().add("learner-name");
        VBox addFace = new VBox(plus, addText);
        addFace.setAlignment(Pos.CENTER);
        addFace.getStyleClass().add("learner-face");
        Button add = new Button();
        add.setGraphic(addFace);
        add.setId("addLearner");
        add.getStyleClass().addAll("learner-tile", "add-learner-tile");
        add.accessibleTextProperty().bind(i18n.text("profiles.add"));
        add.setOnAction(e -> model.startAdding());
        grid.getChildren().add(add);
        Focus.request(grid.getChildren().get(0));
    }

    private void shownIn(Node pane, ProfilesViewModel.Mode mode) {
        pane.visibleProperty().bind(model.modeProperty().isEqualTo(mode));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private VBox buildForm() {
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("profiles.form.title"));
        heading.getStyleClass().add("screen-title");

        Label nameLabel = new Label();
        nameLabel.textProperty().bind(i18n.text("profiles.form.name"));
        nameLabel.getStyleClass().add("field-label");
        TextField name = new TextField();
        name.setId("learnerName");
        name.textProperty().bindBidirectional(model.newNameProperty());
        name.promptTextProperty().bind(i18n.text("profiles.form.namePrompt"));
        name.accessibleTextProperty().bind(i18n.text("profiles.form.name"));
        name.getStyleClass().add("name-field");
        nameLabel.setLabelFor(name);

        Label avatarLabel = new Label();
        avatarLabel.textProperty().bind(i18n.text("profiles.form.avatar"));
        avatarLabel.getStyleClass().add("field-label");
        ToggleGroup avatars = new ToggleGroup();
        FlowPane avatarRow = new FlowPane();
        avatarRow.getStyleClass().add("avatar-choices");
        for (Avatars.Avatar avatar : Avatars.ALL) {
            ToggleButton option = new ToggleButton();
            option.setGraphic(Avatars.picture(avatar.id(), 56));
            option.setToggleGroup(avatars);
            option.setUserData(avatar.id());
            option.setId("avatar-" + avatar.id());
            option.getStyleClass().add("avatar-choice");
            option.accessibleTextProperty().bind(i18n.text("avatar." + avatar.id()));
            option.setSelected(avatar.id().equals(model.newAvatarProperty().get()));
            avatarRow.getChildren().add(option);
        }
        avatars.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one picture is always chosen
            } else {
                model.newAvatarProperty().set((String) selected.getUserData());
            }
        });

        Label bandLabel = new Label();
        bandLabel.textProperty().bind(i18n.text("profiles.form.band"));
        bandLabel.getStyleClass().add("field-label");
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
            option.setSelected(band == model.newBandProperty().get());
            bandRow.getChildren().add(option);
        }
        bands.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                model.newBandProperty().set((Band) selected.getUserData());
            }
        });

        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("error-text");
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button save = Buttons.big("saveLearner", i18n.text("profiles.form.save"), true, () -> model.save(i18n.language()));
        save.disableProperty().bind(model.canSaveProperty().not());

        Button cancel = Buttons.big("cancelLearner", i18n.text("profiles.form.cancel"), false, model::cancel);

        cancel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.learners()));
        cancel.setOnAction(e -> model.cancel());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox actions = new HBox(save, cancel);
        actions.getStyleClass().add("form-actions");

        VBox form = new VBox(heading, nameLabel, name, avatarLabel, avatarRow, bandLabel, bandRow, error, actions);
        form.getStyleClass().addAll("card", "learner-form");
        form.setMaxWidth(720);
        model.modeProperty().addListener((obs, was, now) -> {
            if (now == ProfilesViewModel.Mode.ADD_LEARNER) {
                Focus.request(name);
            }
        });
        VBox wrapper = new VBox(form);
        wrapper.setAlignment(Pos.TOP_CENTER);
        wrapper.getStyleClass().add("form-wrapper");
        save.defaultButtonProperty().bind(wrapper.visibleProperty());
        cancel.cancelButtonProperty().bind(wrapper.visibleProperty());
        return wrapper;
    }
}
