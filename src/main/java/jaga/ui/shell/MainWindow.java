package jaga.ui.shell;

import jaga.content.Resources;
import jaga.model.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.Focus;
import jaga.ui.about.AboutPanel;
import jaga.ui.help.HelpPanel;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.speech.ReadAloud;
import jaga.ui.common.ScriptText;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
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

    /** From this text size the header's buttons fold into one menu, so the header stays one row. */
    static final int COMPACT_TEXT_SIZE = 150;
    /** ... and in a window narrower than this. */
    static final double COMPACT_WIDTH = 900;
    private javafx.beans.binding.BooleanBinding compactMode;

    private final BorderPane frame = new BorderPane();
    private final I18n i18n;
    private final Supplier<Resources> resources;
    private Node helpOverlay;
    /** What help covered: whether the frame was already disabled (About open) and where focus was. */
    private boolean frameDisabledUnderHelp;
    private Node focusUnderHelp;
    private Button helpButton;
    private final Session session;
    private final ReadAloud readAloud;
    private final Consumer<Boolean> autoRead;
    private final String installAdvice;
    private DisplayMenuItems menuItems;
    private final HBox who = new HBox();
    private final HBox actions = new HBox(who);
    private DisplaySettings display;
    private Runnable toggleLanguage;
    private Runnable switchLearner;
    private Runnable openAdultArea;

    public MainWindow(Navigator navigator, Session session, I18n i18n, DisplaySettings display,
                      Supplier<Resources> resources, Runnable switchLearner, Runnable toggleLanguage) {
        this(navigator, session, i18n, display, resources, switchLearner, toggleLanguage, null, null, null, null, false);
    }

    /**
     * @param readAloud     speech (F2 reads the whole step), or null for none
     * @param autoRead      turns auto-read on or off for the current learner
     * @param installAdvice what to install for speech on this system (a message key)
     * @param openAdultArea opens the adult area (offered on the "who's learning?" screen), or null for none
     * @param headerAfterFirstScreen true to leave the header's buttons and menus to {@link #showHeaderActions}
     */
    public MainWindow(Navigator navigator, Session session, I18n i18n, DisplaySettings display,
                      Supplier<Resources> resources, Runnable switchLearner, Runnable toggleLanguage,
                      ReadAloud readAloud, Consumer<Boolean> autoRead, String installAdvice, Runnable openAdultArea,
                      boolean headerAfterFirstScreen) {
        this.i18n = i18n;
        this.session = session;
        this.readAloud = readAloud;
        this.autoRead = autoRead;
        this.installAdvice = installAdvice;
        this.resources = resources;
        getStyleClass().add("main-window");
        // Icons grow with the text: IconSizeRules' rules size them per text size, under this text-size-NNN mark.
        getStylesheets().add(IconSizeRules.STYLESHEET);
        Runnable markTextSize = () -> {
            getStyleClass().removeIf(name -> name.startsWith("text-size-"));
            getStyleClass().add("text-size-" + display.textSizeProperty().get());
        };
        markTextSize.run();
        display.textSizeProperty().addListener((obs, old, now) -> markTextSize.run());
        frame.getStyleClass().add("main-frame");

        FontIcon logo = new FontIcon("mdi2s-shield-half-full");
        logo.getStyleClass().add("logo-icon");
        Label name = new Label("Jaga");
        name.getStyleClass().add("app-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox brand = new HBox(logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("brand");

        who.setAlignment(Pos.CENTER_LEFT);
        who.getStyleClass().add("current-learner");
        session.learnerProperty().addListener((obs, old, learner) -> showLearner(who, learner));
        compactMode = Bindings.createBooleanBinding(
                () -> display.textSizeProperty().get() >= COMPACT_TEXT_SIZE
                        || (getWidth() > 0 && getWidth() < COMPACT_WIDTH), display.textSizeProperty(), widthProperty());
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add("header-actions");
        HBox.setHgrow(actions, Priority.ALWAYS);
        actions.setMinWidth(0);
        who.setMinWidth(0);
        this.display = display;
        this.toggleLanguage = toggleLanguage;
        this.switchLearner = switchLearner;
        this.openAdultArea = openAdultArea;
        if (!headerAfterFirstScreen) {
            showHeaderActions();
        }
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

    /**
     * The header's buttons and menus (Get help, Display, language, adults, switch learner). Built with the
     * window, or, for the app's own start, just after its first screen is usable: the first frame needs
     * only the frame, the name and the screen (docs/performance.md). F1 works before they are there.
     */
    public void showHeaderActions() {
        if (helpButton != null) {
            return;
        }
        helpButton = headerButton("getHelp", "help.button", "mdi2h-hand-heart", this::showHelp);
        helpButton.getStyleClass().add("help-button");

        Button language = headerButton("toggleLanguage", "header.otherLanguage", "mdi2t-translate", toggleLanguage);
        language.accessibleTextProperty().bind(i18n.text("header.changeLanguage"));

        Button switcher = headerButton("switchLearner", "header.switchLearner", "mdi2a-account-switch", switchLearner);
        javafx.beans.binding.BooleanBinding switcherShown = Bindings.isNotNull(session.learnerProperty());
        switcher.managedProperty().bind(switcher.visibleProperty());

        // For parents and teachers, from the "who's learning?" screen only: children's screens stay simple.
        Button adults = headerButton("openAdultArea", "header.adults", "mdi2s-shield-account",
                openAdultArea == null ? () -> { } : openAdultArea);
        javafx.beans.binding.BooleanBinding adultsShown = Bindings.createBooleanBinding(
                () -> openAdultArea != null && session.learner() == null && !session.adultAreaProperty().get(),
                session.learnerProperty(), session.adultAreaProperty());
        adults.managedProperty().bind(adults.visibleProperty());

        // One row at every text size: at large text (or in a narrow window) Display, language, the adult
        // area and switching learner fold into one "Menu"; Get help always keeps its own button.
        menuItems = new DisplayMenuItems(i18n, display, session, readAloud, autoRead, installAdvice, this::readWholeStep);
        MenuButton displayMenu = displayMenu(display);
        MenuButton compact = compactMenu(display, toggleLanguage, switchLearner, openAdultArea, adults, switcher);
        compact.visibleProperty().bind(compactMode);
        compact.managedProperty().bind(compactMode);
        for (Node full : List.of(displayMenu, language)) {
            full.visibleProperty().bind(compactMode.not());
            full.managedProperty().bind(compactMode.not());
        }
        adults.visibleProperty().bind(adultsShown.and(compactMode.not()));
        switcher.visibleProperty().bind(switcherShown.and(compactMode.not()));
        actions.getChildren().addAll(helpButton, displayMenu, language, adults, switcher, compact);
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
        menu.getItems().addAll(menuItems.create(""));
        MenuItem about = new MenuItem(); // where the pictures come from, with their licences
        about.setId("about");
        about.textProperty().bind(i18n.text("about.menu"));
        about.setOnAction(e -> AboutPanel.show(this, frame, i18n, readAloud, () -> Focus.request(menu)));
        menu.getItems().addAll(new SeparatorMenuItem(), about);
        return menu;
    }

    /** At large text: one "Menu" with Display, the other language, the adult area and switching learner. */
    private MenuButton compactMenu(DisplaySettings display, Runnable toggleLanguage, Runnable switchLearner,
                                   Runnable openAdultArea, Node adults, Node switcher) {
        MenuButton menu = new MenuButton();
        menu.setId("headerMenu");
        menu.textProperty().bind(i18n.text("header.menu"));
        menu.setGraphic(new FontIcon("mdi2m-menu"));
        menu.getStyleClass().addAll("header-button", "header-compact-menu");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Menu displaySub = new javafx.scene.control.Menu();
        displaySub.setId("displayMenu-compact");
        displaySub.textProperty().bind(i18n.text("display.menu"));
        displaySub.getItems().addAll(menuItems.create("-compact"));
        MenuItem about = new MenuItem();
        about.setId("about-compact");
        about.textProperty().bind(i18n.text("about.menu"));
        about.setOnAction(e -> AboutPanel.show(this, frame, i18n, readAloud, () -> Focus.request(menu)));
        displaySub.getItems().addAll(new SeparatorMenuItem(), about);
        MenuItem language = new MenuItem();
        language.setId("toggleLanguage-compact");
        language.textProperty().bind(i18n.text("header.otherLanguage"));
        language.setOnAction(e -> toggleLanguage.run());
        MenuItem adultArea = new MenuItem();
        adultArea.setId("openAdultArea-compact");
        adultArea.textProperty().bind(i18n.text("header.adults"));
        adultArea.setOnAction(e -> {
            if (openAdultArea != null) {
                openAdultArea.run();
            }
        });
        MenuItem switchItem = new MenuItem();
        switchItem.setId("switchLearner-compact");
        switchItem.textProperty().bind(i18n.text("header.switchLearner"));
        switchItem.setOnAction(e -> switchLearner.run());
        // Offered in the menu exactly when its button would be shown at normal text.
        menu.setOnShowing(e -> {
            adultArea.setVisible(openAdultArea != null && session.learner() == null && !session.adultAreaProperty().get());
            switchItem.setVisible(session.learner() != null);
        });
        menu.getItems().addAll(displaySub, language, adultArea, switchItem);
        return menu;
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
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wraps onto more lines instead of being cut short
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label intro = new Label(i18n.get("help.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("screen-subtitle");
        // Close at the top, where a child looks first, and again at the foot after scrolling; Esc too.
        Button close = closeHelpButton("closeHelp");
        close.setCancelButton(true);
        HBox top = new HBox(title, close);
        top.getStyleClass().add("overlay-top");
        Learner learner = session.learner();
        HelpPanel.ForLearner help = HelpPanel.forLearner(resources.get(), learner == null ? null : learner.band());
        VBox cards = HelpPanel.cards(help.first(), i18n, readAloud);
        if (help.trustedAdultFirst()) {
            cards.getChildren().add(0, HelpPanel.trustedAdult(i18n, readAloud));
        }
        VBox content = new VBox(intro, cards);
        if (!help.more().isEmpty()) {
            VBox more = HelpPanel.cards(help.more(), i18n, readAloud);
            more.setId("moreHelpCards");
            more.setVisible(false);
            more.setManaged(false);
            Button showMore = new Button(i18n.get("help.more"));
            showMore.setId("moreHelp");
            showMore.setGraphic(new FontIcon("mdi2c-chevron-down"));
            showMore.getStyleClass().add("big-button");
            showMore.setMinWidth(Region.USE_PREF_SIZE);
            showMore.setOnAction(e -> {
                more.setVisible(true);
                more.setManaged(true);
                content.getChildren().remove(showMore);
                if (!more.getChildren().isEmpty()) {
                    Focus.request(more.getChildren().get(0));
                }
            });
            content.getChildren().addAll(showMore, more);
        }
        content.getChildren().add(closeHelpButton("closeHelpBottom"));
        content.getStyleClass().add("overlay-body");
        StackPane backdrop = jaga.ui.common.Overlay.create("helpOverlay", top, content, "help-dialog", 760);
        helpOverlay = backdrop;
        frameDisabledUnderHelp = frame.isDisable(); // About (or another panel) may already hold the frame
        focusUnderHelp = getScene() == null ? null : getScene().getFocusOwner();
        frame.setDisable(true); // keyboard focus stays inside the help until it is closed
        getChildren().add(backdrop);
        // Start at the top, where 999 and Talian Kasih are; Close is one Tab away, and Esc closes.
        Focus.request(cards.getChildren().isEmpty() ? close : cards.getChildren().get(0));
    }

    /**
     * The help contacts have arrived (they come with the lessons, after the first screen): help that is
     * open without them is built again with them.
     */
    public void contactsChanged() {
        if (helpOverlay != null) {
            // Built again in place: what was under it (About, the focus to return to) stays as it was.
            boolean frameWasDisabled = frameDisabledUnderHelp;
            Node focusToReturnTo = focusUnderHelp;
            getChildren().remove(helpOverlay);
            helpOverlay = null;
            frame.setDisable(frameWasDisabled);
            showHelp();
            frameDisabledUnderHelp = frameWasDisabled;
            focusUnderHelp = focusToReturnTo;
        }
    }

    private Button closeHelpButton(String id) {
        Button close = new Button(i18n.get("help.close"));
        close.setId(id);
        close.getStyleClass().addAll("accent", "big-button");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> hideHelp());
        return close;
    }

    private void hideHelp() {
        getChildren().remove(helpOverlay);
        helpOverlay = null;
        // Help opened over About (F1) leaves About as it was: the frame behind it stays disabled.
        frame.setDisable(frameDisabledUnderHelp);
        Node back = frameDisabledUnderHelp && focusUnderHelp != null && focusUnderHelp.getScene() != null
                ? focusUnderHelp : helpButton;
        focusUnderHelp = null;
        if (back != null) {
            Focus.request(back);
        }
    }

    private void showLearner(HBox who, Learner learner) {
        who.getChildren().clear();
        if (learner != null) {
            Label name = ScriptText.names(new Label(learner.displayName()));
            name.getStyleClass().add("current-learner-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            // In the compact header the picture stays and the name goes, so the header keeps one row.
            name.visibleProperty().bind(compactMode.not());
            name.managedProperty().bind(name.visibleProperty());
            Node picture = Avatars.picture(learner.avatar(), 32);
            picture.setAccessibleText(learner.displayName());
            Tooltip.install(picture, new Tooltip(learner.displayName()));
            who.getChildren().addAll(picture, name);
        }
    }
}
