package jaga.ui.profiles;

import jaga.content.Band;
import jaga.learning.PictureLock;
import jaga.progress.Learner;
import jaga.ui.adult.PinGateView;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

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
        model.modeProperty().addListener((obs, was, now) -> {
            if (was == ProfilesViewModel.Mode.PICTURE_LOCK && now == ProfilesViewModel.Mode.CHOOSE
                    && !grid.getChildren().isEmpty()) {
                Focus.request(grid.getChildren().get(0));
            }
        });
        VBox lock = pictureLockCard();
        shownIn(lock, ProfilesViewModel.Mode.PICTURE_LOCK);
        VBox form = buildForm();
        shownIn(form, ProfilesViewModel.Mode.ADD_LEARNER);
        PinGateView gate = new PinGateView(model.gate(), i18n, "pin.enter.intro", model::cancel,
                javafx.beans.binding.Bindings.isNotEmpty(model.learners()));
        shownIn(gate, ProfilesViewModel.Mode.ADULT_PIN);

        ScrollPane scroll = new ScrollPane(new VBox(chooser, lock, gate, form));
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

    /**
     * The child's picture lock: nine pictures, each a button with its name (for screen readers
     * and for children who read), three taps, dots that show how many were tapped but not which.
     */
    private VBox pictureLockCard() {
        Label title = new Label();
        title.setId("pictureLock-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.unlockingProperty().get() == null ? ""
                        : i18n.get("pictureLock.title", model.unlockingProperty().get().displayName()),
                model.unlockingProperty(), i18n.languageProperty()));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("pictureLock.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("screen-subtitle");

        HBox dots = new HBox();
        dots.getStyleClass().add("lock-dots");
        dots.setAlignment(Pos.CENTER);
        dots.setFocusTraversable(false);
        Label progress = new Label();
        progress.setId("pictureLock-progress");
        progress.getStyleClass().add("lock-progress");
        progress.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("pictureLock.progress", model.tappedPictures().size(), PictureLock.LENGTH),
                model.tappedPictures(), i18n.languageProperty()));
        Runnable drawDots = () -> {
            dots.getChildren().clear();
            for (int i = 0; i < PictureLock.LENGTH; i++) {
                // Filled or hollow, not a colour change: the count is also said in words beside them.
                FontIcon dot = new FontIcon(i < model.tappedPictures().size() ? "mdi2c-circle" : "mdi2c-circle-outline");
                dot.getStyleClass().add("lock-dot");
                dots.getChildren().add(dot);
            }
            dots.getChildren().add(progress);
        };
        model.tappedPictures().addListener((ListChangeListener<String>) change -> drawDots.run());
        drawDots.run();

        GridPane pictures = new GridPane();
        pictures.getStyleClass().add("lock-grid");
        pictures.setAlignment(Pos.CENTER);
        List<Button> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < Avatars.LOCK_PICTURES.size(); i++) {
            Avatars.Picture picture = Avatars.LOCK_PICTURES.get(i);
            Label name = new Label();
            name.textProperty().bind(i18n.text("pictureLock.picture." + picture.id()));
            name.getStyleClass().add("lock-picture-name");
            VBox face = new VBox(Avatars.disc(picture, 64), name);
            face.setAlignment(Pos.CENTER);
            face.getStyleClass().add("learner-face");
            Button button = new Button();
            button.setGraphic(face);
            button.setId("lockPicture-" + picture.id());
            button.getStyleClass().add("lock-picture");
            button.accessibleTextProperty().bind(i18n.text("pictureLock.picture." + picture.id()));
            button.disableProperty().bind(model.checkingProperty());
            button.setOnAction(e -> model.tapPicture(picture.id()));
            pictures.add(button, i % 3, i / 3);
            buttons.add(button);
        }

        Label tryAgain = new Label();
        tryAgain.setId("pictureLock-tryAgain");
        tryAgain.textProperty().bind(i18n.text("pictureLock.tryAgain"));
        tryAgain.getStyleClass().add("error-text");
        tryAgain.setWrapText(true);
        tryAgain.visibleProperty().bind(model.tryAgainProperty());
        tryAgain.managedProperty().bind(tryAgain.visibleProperty());
        tryAgain.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);

        Button back = Buttons.big("pictureLock-back", i18n.text("pictureLock.back"), false, model::leavePictureLock);
        HBox actions = new HBox(back);
        actions.getStyleClass().add("form-actions");

        VBox card = new VBox(title, intro, dots, pictures, tryAgain, actions);
        card.getStyleClass().addAll("card", "learner-form", "picture-lock");
        card.setMaxWidth(720);
        VBox wrapper = new VBox(card);
        wrapper.setAlignment(Pos.TOP_CENTER);
        wrapper.getStyleClass().add("form-wrapper");
        back.cancelButtonProperty().bind(wrapper.visibleProperty());
        model.modeProperty().addListener((obs, was, now) -> {
            if (now == ProfilesViewModel.Mode.PICTURE_LOCK) {
                Focus.request(buttons.get(0));
            }
        });
        // After a wrong try the child starts again from the first picture.
        model.tryAgainProperty().addListener((obs, was, now) -> {
            if (now) {
                Focus.request(buttons.get(0));
            }
        });
        return wrapper;
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
        for (Avatars.Picture avatar : Avatars.ALL) {
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
