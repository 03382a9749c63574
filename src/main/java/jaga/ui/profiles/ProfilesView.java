package jaga.ui.profiles;

import jaga.model.Band;
import jaga.learning.PictureLock;
import jaga.model.Learner;
import jaga.ui.adult.PinGateView;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A grid of pictures with names: a child taps theirs. No typing, no password. In a computer lab
 * (many learners, or classes) the grid can be narrowed to a class and searched by part of a name.
 */
public final class ProfilesView extends StackPane {

    private final ProfilesViewModel model;
    private final I18n i18n;
    private final TilePane grid = new TilePane(); // every picture the same size, in tidy rows
    private final TextField search = new TextField();
    private final FlowPane classChoices = new FlowPane();
    private final ToggleGroup classGroup = new ToggleGroup();
    private final KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private final Runnable focusSearch = this::focusSearch;
    private Long returningFrom;

    public ProfilesView(ProfilesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().addAll("screen", "profiles-screen");
        model.languageProperty().bind(i18n.languageProperty());

        Label title = new Label();
        title.textProperty().bind(i18n.text("profiles.title"));
        title.getStyleClass().add("screen-title");

        grid.getStyleClass().add("learner-grid");
        grid.setAlignment(Pos.TOP_CENTER);
        model.shownLearners().addListener((ListChangeListener<ProfilesViewModel.Tile>) change -> refreshGrid());
        model.labProperty().addListener((obs, was, now) -> {
            pseudoClassStateChanged(LAB, now);
            refreshGrid();
        });
        i18n.onChange(this, this::refreshGrid); // class and age hints under names are in the screen's language

        // Typing a letter with a picture focused starts a search, as in a file manager.
        grid.addEventFilter(KeyEvent.KEY_TYPED, this::typeToSearch);

        VBox chooser = new VBox(title, labTools(), noMatch(), grid);
        chooser.getStyleClass().add("profiles-chooser");
        chooser.setAlignment(Pos.TOP_CENTER);
        shownIn(chooser, ProfilesViewModel.Mode.CHOOSE);
        model.modeProperty().addListener((obs, was, now) -> {
            if (was == ProfilesViewModel.Mode.PICTURE_LOCK && now == ProfilesViewModel.Mode.CHOOSE) {
                focusTile(returningFrom);
            }
            returningFrom = model.unlockingProperty().get() == null ? null : model.unlockingProperty().get().id();
        });
        VBox lock = pictureLockCard();
        shownIn(lock, ProfilesViewModel.Mode.PICTURE_LOCK);
        VBox form = buildForm();
        shownIn(form, ProfilesViewModel.Mode.ADD_LEARNER);
        PinGateView gate = new PinGateView(model.gate(), i18n, "pin.enter.intro", model::cancel,
                javafx.beans.binding.Bindings.isNotEmpty(model.learners()));
        shownIn(gate, ProfilesViewModel.Mode.ADULT_PIN);
        FirstUseCard firstUse = new FirstUseCard(model, i18n);
        shownIn(firstUse, ProfilesViewModel.Mode.FIRST_USE);

        // One scroll for the whole screen: at 200% text a fixed search bar would leave no room for pictures.
        // Focus scrolls what it reaches into view, and Ctrl+F or typing a letter brings the search back.
        ScrollPane scroll = new ScrollPane(new VBox(chooser, lock, gate, firstUse, form));
        scroll.setId("profilesScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        getChildren().add(scroll);

        // Ctrl+F (Cmd+F) finds a name, while this screen shows.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(findKey, focusSearch);
            }
            if (scene != null) {
                scene.getAccelerators().put(findKey, focusSearch);
            }
        });
        refreshGrid();
        model.loadedProperty().addListener((obs, was, now) -> {
            if (now) {
                focusFirst();
            }
        });
    }

    private static final javafx.css.PseudoClass LAB = javafx.css.PseudoClass.getPseudoClass("lab");

    /** The class choice and the search box, shown in a lab only. */
    private Node labTools() {
        Label classLabel = new Label();
        classLabel.textProperty().bind(i18n.text("profiles.class"));
        classLabel.getStyleClass().add("field-label");
        classLabel.setMinWidth(Region.USE_PREF_SIZE);
        classChoices.getStyleClass().add("class-choices");
        classChoices.setId("classChoices");
        classChoices.getChildren().add(classLabel);
        classChoices.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.classNames()));
        classChoices.managedProperty().bind(classChoices.visibleProperty());
        model.classNames().addListener((ListChangeListener<String>) change -> drawClassChoices(classLabel));
        classGroup.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                if (old != null) {
                    old.setSelected(true); // one choice is always made: a class, or everyone
                }
            } else {
                model.classFilterProperty().set((String) selected.getUserData());
            }
        });
        model.classFilterProperty().addListener((obs, old, now) -> selectClassToggle());
        drawClassChoices(classLabel);

        Label searchLabel = new Label();
        searchLabel.textProperty().bind(i18n.text("profiles.search"));
        searchLabel.getStyleClass().add("field-label");
        searchLabel.setMinWidth(Region.USE_PREF_SIZE);
        searchLabel.setLabelFor(search);
        search.setId("learnerSearch");
        search.getStyleClass().add("learner-search");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.promptTextProperty().bind(i18n.text("profiles.search.prompt"));
        search.accessibleTextProperty().bind(i18n.text("profiles.search"));
        search.accessibleHelpProperty().bind(i18n.text("profiles.search.help"));
        search.setOnKeyPressed(event -> {
            if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !tiles().isEmpty()) {
                Focus.request(tiles().get(0)); // on to the first picture found
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            }
        });
        Button clear = new Button();
        clear.setId("clearSearch");
        clear.setGraphic(new FontIcon("mdi2c-close"));
        clear.getStyleClass().addAll("clear-search");
        clear.accessibleTextProperty().bind(i18n.text("profiles.search.clear"));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.text("profiles.search.clear"));
        clear.setTooltip(tip);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> {
            search.clear();
            search.requestFocus();
        });
        HBox field = new HBox(search, clear);
        field.getStyleClass().add("search-field-row");
        field.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        FontIcon glass = new FontIcon("mdi2m-magnify");
        glass.getStyleClass().add("search-icon");
        HBox searchRow = new HBox(glass, searchLabel, field);
        searchRow.getStyleClass().add("search-row");
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        Label count = new Label();
        count.setId("learnerCount");
        count.getStyleClass().add("learner-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("profiles.count", model.shownLearners().size(), model.learners().size()),
                model.shownLearners(), model.learners(), i18n.languageProperty()));
        count.setMinWidth(Region.USE_PREF_SIZE);

        // Wide windows: class choice, search and count on one line; narrow or large text: they wrap.
        FlowPane tools = new FlowPane(classChoices, searchRow, count);
        tools.getStyleClass().add("lab-tools");
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setMinWidth(0); // else a flow pane is as wide as its widest child wants, and the screen scrolls sideways
        tools.visibleProperty().bind(model.labProperty());
        tools.managedProperty().bind(tools.visibleProperty());
        // A flow pane gives each child the width it asks for: at 200% text the search box asks for less
        // than the screen's width (it narrows), and the class choices wrap within it.
        classChoices.prefWrapLengthProperty().bind(tools.widthProperty());
        searchRow.maxWidthProperty().bind(tools.widthProperty());
        return tools;
    }

    private void drawClassChoices(Label classLabel) {
        classChoices.getChildren().setAll(classLabel);
        classGroup.getToggles().clear();
        classChoices.getChildren().add(classToggle("classChoice-everyone", null));
        int index = 0;
        for (String name : model.classNames()) {
            classChoices.getChildren().add(classToggle("classChoice-" + index++, name));
        }
        selectClassToggle();
    }

    private ToggleButton classToggle(String id, String className) {
        ToggleButton option = new ToggleButton();
        if (className == null) {
            option.textProperty().bind(i18n.text("profiles.class.everyone"));
        } else {
            option.setText(className);
        }
        option.setId(id);
        option.setUserData(className);
        option.setToggleGroup(classGroup);
        option.getStyleClass().addAll("band-choice", "class-choice");
        option.setMinWidth(Region.USE_PREF_SIZE);
        // Chosen is shown by a tick and bold text as well as colour.
        option.selectedProperty().addListener((obs, was, now) -> option.setGraphic(now ? tick() : null));
        return option;
    }

    private static Node tick() {
        FontIcon tick = new FontIcon("mdi2c-check");
        tick.getStyleClass().add("class-choice-tick");
        return tick;
    }

    private void selectClassToggle() {
        String chosen = model.classFilterProperty().get();
        classGroup.getToggles().stream().filter(t -> java.util.Objects.equals(t.getUserData(), chosen))
                .findFirst().ifPresent(t -> t.setSelected(true));
    }

    /** Said when the class and search match no one, with a way back to everyone. */
    private Node noMatch() {
        Label message = new Label();
        message.setId("noMatch");
        message.getStyleClass().add("screen-subtitle");
        message.setWrapText(true);
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
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
        box.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.shownLearners().isEmpty() && !model.learners().isEmpty(),
                model.shownLearners(), model.learners()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void focusSearch() {
        if (model.labProperty().get() && model.modeProperty().get() == ProfilesViewModel.Mode.CHOOSE) {
            Focus.request(search);
            javafx.application.Platform.runLater(search::selectAll);
        }
    }

    private void typeToSearch(KeyEvent event) {
        String typed = event.getCharacter();
        if (!model.labProperty().get() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || typed.isEmpty() || !Character.isLetterOrDigit(typed.codePointAt(0))) {
            return;
        }
        search.setText(search.getText() + typed);
        search.requestFocus();
        search.positionCaret(search.getText().length());
        event.consume();
    }

    private List<Node> tiles() {
        return grid.getChildren().filtered(node -> node.getStyleClass().contains("learner-tile")
                && !node.getStyleClass().contains("add-learner-tile"));
    }

    private void refreshGrid() {
        boolean lab = model.labProperty().get();
        pseudoClassStateChanged(LAB, lab);
        grid.getChildren().clear();
        for (ProfilesViewModel.Tile shown : model.shownLearners()) {
            Learner learner = shown.learner();
            Label name = ScriptText.names(new WrappingLabel(learner.displayName()));
            name.getStyleClass().add("learner-name");
            name.setWrapText(true);
            name.setTextAlignment(TextAlignment.CENTER);
            name.setAlignment(Pos.CENTER);
            name.setMinHeight(Region.USE_PREF_SIZE);
            VBox face = new VBox(Avatars.picture(learner.avatar(), lab ? 64 : 96), name);
            String hint = tellApart(shown);
            if (!hint.isEmpty()) {
                Label tellApart = new WrappingLabel(hint);
                tellApart.getStyleClass().add("learner-hint");
                tellApart.setWrapText(true);
                tellApart.setTextAlignment(TextAlignment.CENTER);
                tellApart.setAlignment(Pos.CENTER);
                tellApart.setMinHeight(Region.USE_PREF_SIZE);
                face.getChildren().add(tellApart);
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
            tile.setOnAction(e -> model.choose(learner));
            tile.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    tile.fire();
                    e.consume();
                }
            });
            grid.getChildren().add(tile);
        }
        Label plus = new Label("+");
        plus.getStyleClass().add("add-learner-plus");
        Label addText = new WrappingLabel("");
        addText.textProperty().bind(i18n.text("profiles.add"));
        addText.getStyleClass().add("learner-name");
        addText.setWrapText(true);
        addText.setTextAlignment(TextAlignment.CENTER);
        addText.setAlignment(Pos.CENTER);
        addText.setMinHeight(Region.USE_PREF_SIZE);
        VBox addFace = new VBox(plus, addText);
        addFace.setAlignment(Pos.CENTER);
        addFace.getStyleClass().add("learner-face");
        Button add = new Button();
        add.setGraphic(addFace);
        add.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        add.setId("addLearner");
        add.getStyleClass().addAll("learner-tile", "add-learner-tile");
        add.accessibleTextProperty().bind(i18n.text("profiles.add"));
        add.setOnAction(e -> model.startAdding());
        grid.getChildren().add(add);
    }

    /** The first look: in a lab the search box (type your name), at home the first picture, as before. */
    private void focusFirst() {
        if (model.modeProperty().get() == ProfilesViewModel.Mode.CHOOSE) {
            Focus.request(model.labProperty().get() ? search : grid.getChildren().get(0));
        }
    }

    /** What tells this learner from another of the same name, in the screen's language; "" when nothing is needed. */
    private String tellApart(ProfilesViewModel.Tile tile) {
        return switch (tile.tellApart()) {
            case NOTHING -> "";
            case CLASS -> String.join(", ", tile.classNames());
            case BAND -> i18n.get("band.short." + tile.learner().band());
            case NUMBER -> i18n.get("profiles.number", tile.learner().id());
        };
    }

    private void focusTile(Long learnerId) {
        List<Node> tiles = tiles();
        Node target = tiles.stream().filter(t -> ("learner-" + learnerId).equals(t.getId())).findFirst()
                .orElse(tiles.isEmpty() ? grid.getChildren().get(0) : tiles.get(0));
        Focus.request(target);
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

    /**
     * The child's picture lock: nine pictures, each a button with its name (for screen readers
     * and for children who read), three taps, dots that show how many were tapped but not which.
     */
    private VBox pictureLockCard() {
        Label title = ScriptText.names(new Label());
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
