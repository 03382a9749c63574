package jaga.ui.profiles;

import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.IconSizes;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The class choice, the search box and the count of pictures shown, in a computer lab only. Wide
 * windows: on one line; narrow windows or large text: they wrap.
 */
final class LabTools extends FlowPane {
    private final LearnerChooserViewModel model;
    private final I18n i18n;
    private final TextField search = new TextField();
    private final FlowPane classChoices = new FlowPane();
    private final ToggleGroup classGroup = new ToggleGroup();

    /** @param onDown the child pressed Down or Enter in the search: on to the pictures found */
    LabTools(LearnerChooserViewModel model, I18n i18n, Runnable onDown) {
        this.model = model;
        this.i18n = i18n;
        getChildren().addAll(classChoice(), searchRow(onDown), count());
        getStyleClass().add("lab-tools");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0); // else a flow pane is as wide as its widest child wants, and the screen scrolls sideways
        visibleProperty().bind(model.labProperty());
        managedProperty().bind(visibleProperty());
        // A flow pane gives each child the width it asks for: at 200% text the search box asks for less
        // than the screen's width (it narrows), and the class choices wrap within it.
        classChoices.prefWrapLengthProperty().bind(widthProperty());
    }

    private Node classChoice() {
        Label classLabel = new Label();
        classLabel.textProperty().bind(i18n.text("profiles.class"));
        classLabel.getStyleClass().add("field-label");
        classLabel.setMinWidth(Region.USE_PREF_SIZE);
        classChoices.getStyleClass().add("class-choices");
        classChoices.setId("classChoices");
        classChoices.getChildren().add(classLabel);
        classChoices.visibleProperty().bind(Bindings.isNotEmpty(model.classNames()));
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
        return classChoices;
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
        option.selectedProperty().addListener((obs, was, now) -> option.setGraphic(now ? tick(option) : null));
        return option;
    }

    private static Node tick(ToggleButton option) {
        FontIcon tick = new FontIcon("mdi2c-check");
        tick.getStyleClass().add("class-choice-tick");
        return IconSizes.like(tick, option, 1.125);
    }

    private void selectClassToggle() {
        String chosen = model.classFilterProperty().get();
        classGroup.getToggles().stream().filter(t -> Objects.equals(t.getUserData(), chosen))
                .findFirst().ifPresent(t -> t.setSelected(true));
    }

    private Node searchRow(Runnable onDown) {
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
            if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !model.shownLearners().isEmpty()) {
                onDown.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            }
        });
        Button clear = new Button();
        clear.setId("clearSearch");
        clear.setGraphic(IconSizes.like(new FontIcon("mdi2c-close"), searchLabel, 1));
        clear.getStyleClass().addAll("clear-search");
        clear.accessibleTextProperty().bind(i18n.text("profiles.search.clear"));
        Tooltip tip = new Tooltip();
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
        IconSizes.like(glass, searchLabel, 1.375); // 22 pixels at 100% text, 44 at 200%
        HBox searchRow = new HBox(glass, searchLabel, field);
        searchRow.getStyleClass().add("search-row");
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        searchRow.maxWidthProperty().bind(widthProperty());
        return searchRow;
    }

    private Node count() {
        Label count = new Label();
        count.setId("learnerCount");
        count.getStyleClass().add("learner-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("profiles.count", model.shownLearners().size(), model.learners().size()),
                model.shownLearners(), model.learners(), i18n.languageProperty()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        return count;
    }

    TextField search() {
        return search;
    }

    /** Focus in the search box with what was typed selected, so typing replaces it. */
    void focusSearch() {
        Focus.request(search);
        Platform.runLater(search::selectAll);
    }

    /** A letter typed with a picture focused starts a search, as in a file manager. */
    void typeInSearch(String typed) {
        search.setText(search.getText() + typed);
        search.requestFocus();
        search.positionCaret(search.getText().length());
    }
}
