package jaga.ui.projector;

import jaga.ui.common.Buttons;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The teacher's notes in a window of their own, to keep on the laptop screen while the
 * projector shows the slide. It follows every step, has its own Back and Next, and takes the
 * same keys; Esc here only closes this window.
 */
final class NotesWindow {
    private final ProjectorViewModel model;
    private final I18n i18n;
    private final TeacherNotesView notes;
    private final ProjectorKeys keys;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private Stage stage;
    private Button next;
    private final DisplaySettings display;
    private final ChangeListener<Object> redraw = (obs, old, now) -> redraw();
    private final ChangeListener<Number> resize = (obs, old, now) -> applyTextSize();
    private final ListChangeListener<String> restyle = change -> followTheme();
    private Scene main;
    private VBox root;

    NotesWindow(ProjectorViewModel model, I18n i18n, DisplaySettings display, ProjectorKeys keys) {
        this.model = model;
        this.display = display;
        this.i18n = i18n;
        this.notes = new TeacherNotesView(i18n);
        this.keys = keys;
    }

    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    /** Opens beside the owner window with the owner's theme and text size; brought to the front if already open. */
    void open(Window owner) {
        if (isShowing()) {
            stage.toFront();
            return;
        }
        stage = new Stage();
        stage.titleProperty().bind(i18n.text("projector.notes.windowTitle"));
        Button back = Buttons.big("notesBack", i18n.text("lesson.back"), false, model::back);
        next = Buttons.big("notesNext", i18n.text("lesson.next"), true, model::next);
        Button close = Buttons.big("notesClose", i18n.text("projector.notes.close"), false, this::close);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(spacer, close);
        // Back and Next wrap under each other rather than lose their words in a narrow window.
        FlowPane nav = new FlowPane(back, next);
        nav.getStyleClass().add("projector-notes-nav");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("screen-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(top, scroll, nav);
        root.getStyleClass().addAll("screen", "projector-notes-window");
        Scene scene = new Scene(root, 640, 720);
        applyTextSize();
        display.textSizeProperty().addListener(resize);
        main = owner == null ? null : owner.getScene();
        if (main != null) {
            // High contrast is switched by swapping the main window's stylesheets: follow it.
            main.getStylesheets().addListener(restyle);
            stage.initOwner(owner);
            stage.setX(owner.getX() + 40);
            stage.setY(owner.getY() + 40);
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            } else {
                keys.handle(event);
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, keys::handleUnconsumed);
        stage.setScene(scene);
        followTheme();
        model.slideProperty().addListener(redraw);
        i18n.languageProperty().addListener(redraw);
        redraw();
        stage.setOnHidden(e -> detach());
        stage.show();
    }

    void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private void applyTextSize() {
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", display.fontPixels()));
    }

    private void followTheme() {
        if (main != null && stage != null && stage.getScene() != null) {
            stage.getScene().getStylesheets().setAll(main.getStylesheets());
        }
    }

    private void detach() {
        display.textSizeProperty().removeListener(resize);
        if (main != null) {
            main.getStylesheets().removeListener(restyle);
        }
        model.slideProperty().removeListener(redraw);
        i18n.languageProperty().removeListener(redraw);
    }

    private void redraw() {
        Slide slide = model.slide();
        content.getChildren().setAll(notes.render(slide));
        content.setId("notesWindowContent");
        if (next != null && slide != null) {
            next.textProperty().unbind();
            next.setText(notes.nextText(slide));
            next.setDisable(slide.nextAction() == Slide.NextAction.PICK_A_REPLY || slide.nextAction() == Slide.NextAction.END);
        }
    }
}
