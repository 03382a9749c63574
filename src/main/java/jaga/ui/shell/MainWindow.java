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
import jaga.ui.speech.ReadAloud;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
    /** The window's size where the screen has room for it. */
    static final double PREFERRED_WIDTH = 1100;
    static final double PREFERRED_HEIGHT = 760;
    /** Room left for the window's title bar and borders, which the scene's size does not include. */
    static final double TITLE_BAR = 40;
    static final double BORDERS = 16;

    private final BorderPane frame = new BorderPane();
    private final I18n i18n;
    private final Supplier<Resources> resources;
    private Node helpOverlay;
    private Button helpButton;
    private final Session session;
    private final ReadAloud readAloud;
    private final Consumer<Boolean> autoRead;
    private final String installAdvice;

    public MainWindow(Navigator navigator, Session session, I18n i18n, DisplaySettings display,
                      Supplier<Resources> resources, Runnable switchLearner, Runnable toggleLanguage) {
        this(navigator, session, i18n, display, resources, switchLearner, toggleLanguage, null, null, null, null);
    }

    /**
     * @param readAloud     speech (F2 reads the whole step), or null for none
     * @param autoRead      turns auto-read on or off for the current learner
     * @param installAdvice what to install for speech on this system (a message key)
     * @param openAdultArea opens the adult area (offered on the "who's learning?" screen), or null for none
     */
    public MainWindow(Navigator navigator, Session session, I18n i18n, DisplaySettings display,
                      Supplier<Resources> resources, Runnable switchLearner, Runnable toggleLanguage,
                      ReadAloud readAloud, Consumer<Boolean> autoRead, String installAdvice, Runnable openAdultArea) {
        this.i18n = i18n;
        this.session = session;
        this.readAloud = readAloud;
        this.autoRead = autoRead;
        this.installAdvice = installAdvice;
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

        // For parents and teachers, from the "who's learning?" screen only: children's screens stay simple.
        Button adults = headerButton("openAdultArea", "header.adults", "mdi2s-shield-account",
                openAdultArea == null ? () -> { } : openAdultArea);
        adults.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> openAdultArea != null && session.learner() == null && !session.adultAreaProperty().get(),
                session.learnerProperty(), session.adultAreaProperty()));
        adults.managedProperty().bind(adults.visibleProperty());

        // At large text sizes the buttons wrap onto a second row rather than squeezing the names.
        FlowPane actions = new FlowPane(who, helpButton, displayMenu(display), language, adults, switcher);
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
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F2), this::readWholeStep);
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && helpOverlay != null) {
                hideHelp();
                event.consume();
            }
        });
    }

    /** A line at the foot of every screen (the school hub's status), or null for none. */
    public void setFooter(Node footer) {
        frame.setBottom(footer);
    }

    /**
     * The scene's first size: 1100x760 where there is room, else as much of the screen's free area
     * (the screen less its taskbar) as the window can take with its title bar. On a lab's 1024x768
     * or 1366x768 screen with a 40 px taskbar this is 1008x688 or 1100x688, so nothing falls below the
     * taskbar; the screens scroll where their content is taller.
     */
    public static Dimension2D defaultSize(Rectangle2D freeArea) {
        return new Dimension2D(Math.min(PREFERRED_WIDTH, freeArea.getWidth() - BORDERS),
                Math.min(PREFERRED_HEIGHT, freeArea.getHeight() - TITLE_BAR));
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
        if (readAloud != null) {
            menu.getItems().addAll(speechItems());
        }
        return menu;
    }

    /**
     * Read aloud: auto-read for the learner using Jaga (until the adult area has it), and what
     * to install where this computer has no voice.
     */
    private List<MenuItem> speechItems() {
        CheckMenuItem auto = new CheckMenuItem();
        auto.setId("autoRead");
        auto.textProperty().bind(i18n.text("speech.autoRead"));
        auto.selectedProperty().bindBidirectional(readAloud.autoReadProperty());
        auto.setOnAction(e -> {
            if (autoRead != null) {
                autoRead.accept(auto.isSelected());
            }
        });
        auto.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> readAloud.installed() && session.learner() != null, readAloud.engineProperty(), session.learnerProperty()));
        MenuItem readStep = new MenuItem();
        readStep.setId("readStep");
        readStep.textProperty().bind(i18n.text("speech.readStep"));
        readStep.setOnAction(e -> readWholeStep());
        readStep.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> readAloud.canSpeak(i18n.language()), readAloud.engineProperty(), i18n.languageProperty()));
        // Advice to read, not a command: a label (a disabled item would be too faint to read).
        Label adviceText = new Label();
        adviceText.setId("speechAdviceText");
        adviceText.setWrapText(true);
        adviceText.setMaxWidth(360);
        adviceText.getStyleClass().add("speech-advice");
        adviceText.textProperty().bind(Bindings.createStringBinding(() -> !readAloud.installed() && installAdvice != null
                ? i18n.get(installAdvice) : i18n.get("speech.noVoice"), readAloud.engineProperty(), i18n.languageProperty()));
        CustomMenuItem advice = new CustomMenuItem(adviceText, false);
        advice.setId("speechAdvice");
        advice.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> readAloud.searchedProperty().get() && !readAloud.canSpeak(i18n.language()),
                readAloud.searchedProperty(), readAloud.engineProperty(), i18n.languageProperty()));
        // When the speech program failed (no audio device, ...): the child sees "Sound did not work", adults why.
        Label whyText = jaga.ui.speech.SpeechTroubleNote.forAdults(readAloud, i18n);
        CustomMenuItem why = new CustomMenuItem(whyText, false);
        why.setId("speechFailed");
        why.visibleProperty().bind(readAloud.failureProperty().isNotNull());
        return List.of(new SeparatorMenuItem(), auto, readStep, advice, why);
    }

    /** F2: reads the whole step or question on screen; pressed again, stops. */
    public void readWholeStep() {
        if (readAloud != null && helpOverlay == null) {
            readAloud.togglePage(i18n.language());
        }
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
