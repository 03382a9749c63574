package jaga.ui.shell;

import jaga.content.Resources;
import jaga.progress.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.Focus;
import jaga.ui.common.HelpPanel;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The frame around every screen: the app's name, who is learning, "Get help" (always one click
 * or F1 away), display settings, language, and switching learner.
 */
public final class MainWindow extends StackPane {
    private final BorderPane frame = new BorderPane();
    private final I18n i18n;
    private final Supplier<Resources> resources;
    private Node helpOverlay;
    private Button helpButton;

    public MainWindow(Navigator navigator, Session session, I18n i18n, DisplaySettings display,
                      Supplier<Resources> resources, Runnable switchLearner, Runnable toggleLanguage) {
        this.i18n = i18n;
        this.resources = resources;
        getStyleClass().add("main-window");
        frame.getStyleClass().add("main-frame");

        FontIcon logo = new FontIcon("mdi2s-shield-half-full");
        logo.getStyleClass().add("logo-icon");
        Label name = new Label("Jaga");
        name.getStyleClass().add("app-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox brand = new HBox(logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("brand");

        HBox who = new HBox();
        who.setAlignment(Pos.CENTER_LEFT);
        who.getStyleClass().add("current-learner");
        session.learnerProperty().addListener((obs, old, learner) -> showLearner(who, learner));

        helpButton = headerButton("getHelp", "help.button", "mdi2h-hand-heart", this::showHelp);
        helpButton.getStyleClass().add("help-button");

        Button language = headerButton("toggleLanguage", "header.otherLanguage", "mdi2t-translate", toggleLanguage);
        language.accessibleTextProperty().bind(i18n.text("header.changeLanguage"));

        Button switcher = headerButton("switchLearner", "header.switchLearner", "mdi2a-account-switch", switchLearner);
        switcher.visibleProperty().bind(Bindings.isNotNull(session.learnerProperty()));
        switcher.managedProperty().bind(switcher.visibleProperty());

        // At large text sizes the buttons wrap onto a second row rather than squeezing the names.
        FlowPane actions = new FlowPane(who, helpButton, displayMenu(display), language, switcher);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add("header-actions");
        HBox.setHgrow(actions, Priority.ALWAYS);
        HBox header = new HBox(brand, actions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        frame.setTop(header);
        frame.centerProperty().bind(navigator.currentProperty());
        getChildren().add(frame);

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showHelp);
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && helpOverlay != null) {
                hideHelp();
                event.consume();
            }
        });
    }

    private Button headerButton(String id, String key, String icon, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setGraphic(new FontIcon(icon));
        button.getStyleClass().add("header-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private MenuButton displayMenu(DisplaySettings display) {
        MenuButton menu = new MenuButton();
        menu.setId("displayMenu");
        menu.textProperty().bind(i18n.text("display.menu"));
        menu.setGraphic(new FontIcon("mdi2f-format-size"));
        menu.getStyleClass().add("header-button");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup sizes = new ToggleGroup();
        for (int size : DisplaySettings.TEXT_SIZES) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("textSize-" + size);
            item.textProperty().bind(i18n.text("display.textSize", size));
            item.setToggleGroup(sizes);
            item.setSelected(display.textSizeProperty().get() == size);
            item.setOnAction(e -> display.textSizeProperty().set(size));
            menu.getItems().add(item);
        }
        CheckMenuItem contrast = new CheckMenuItem();
        contrast.setId("highContrast");
        contrast.textProperty().bind(i18n.text("display.highContrast"));
        contrast.selectedProperty().bindBidirectional(display.highContrastProperty());
        CheckMenuItem instant = new CheckMenuItem();
        instant.setId("instantMessages");
        instant.textProperty().bind(i18n.text("display.instant"));
        instant.selectedProperty().bindBidirectional(display.instantMessagesProperty());
        menu.getItems().addAll(new SeparatorMenuItem(), contrast, instant);
        return menu;
    }

    /** Help over whatever the child is doing, without losing their place. */
    public void showHelp() {
        if (helpOverlay != null) {
            return;
        }
        Label title = new Label(i18n.get("help.dialogTitle"));
        title.getStyleClass().add("screen-title");
        Label intro = new Label(i18n.get("help.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("screen-subtitle");
        Button close = new Button(i18n.get("help.close"));
        close.setId("closeHelp");
        close.getStyleClass().addAll("accent", "big-button");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setCancelButton(true);
        close.setOnAction(e -> hideHelp());
        VBox cards = HelpPanel.cards(HelpPanel.forChildren(resources.get()), i18n);
        VBox content = new VBox(title, intro, cards, close);
        content.getStyleClass().addAll("card", "help-dialog");
        content.setMaxWidth(760);
        VBox centred = new VBox(content);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        StackPane backdrop = new StackPane(scroll);
        backdrop.setId("helpOverlay");
        backdrop.getStyleClass().add("help-backdrop");
        helpOverlay = backdrop;
        frame.setDisable(true); // keyboard focus stays inside the help until it is closed
        getChildren().add(backdrop);
        // Start at the top, where 999 and Talian Kasih are; Close is one Tab away, and Esc closes.
        Focus.request(cards.getChildren().isEmpty() ? close : cards.getChildren().get(0));
    }

    private void hideHelp() {
        getChildren().remove(helpOverlay);
        helpOverlay = null;
        frame.setDisable(false);
        Focus.request(helpButton);
    }

    private static void showLearner(HBox who, Learner learner) {
        who.getChildren().clear();
        if (learner != null) {
            Label name = new Label(learner.displayName());
            name.getStyleClass().add("current-learner-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            who.getChildren().addAll(Avatars.picture(learner.avatar(), 32), name);
        }
    }
}
