package jaga.ui.projector;

import jaga.ui.common.Buttons;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.IconSizes;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Classroom projector mode: first a choice of module, then its lessons a step at a time in
 * large type, steered by the teacher with Next and Back, a clicker or the keys (see
 * {@link ProjectorKeys}). Teacher notes open in a hidden side panel (N) or a second window.
 * Esc leaves; nothing needs saving, since nothing is recorded.
 *
 * <p>Open it from a screen that has the content catalog, the language and the navigator:
 * <pre>{@code
 * ProjectorViewModel model = new ProjectorViewModel(catalog);
 * navigator.show(new ProjectorView(model, i18n, display, () -> navigator.show(adultHome)));
 * }</pre>
 */
public final class ProjectorView extends StackPane {
    private final ProjectorViewModel model;
    private final I18n i18n;
    private final Runnable onExit;
    private final SlideView slides;
    private final TeacherNotesView notes;
    private final ProjectorKeys keys;
    private final NotesWindow notesWindow;
    private final VBox presenter = new VBox();
    private final VBox slideHolder = new VBox();
    private final ScrollPane slideScroll = new ScrollPane(slideHolder);
    private final VBox notesHolder = new VBox();
    private final ScrollPane notesPanel = new ScrollPane(notesHolder);
    private final Label lessonTitle = new Label();
    private final VBox heading = new VBox();
    private final HBox titleRow = new HBox();
    private final HBox tools = new HBox();
    private final Label stepOf = new Label();
    private final Label hint = new Label();
    private final Button next;
    private final Button back;
    private final Button tryAnother;
    private final ProjectorChooser chooser;
    private Slide shown;
    private KeyCombination exitFullScreenKey;

    public ProjectorView(ProjectorViewModel model, I18n i18n, DisplaySettings display, Runnable onExit) {
        this.model = model;
        this.i18n = i18n;
        this.onExit = onExit;
        this.slides = new SlideView(model, i18n);
        this.notes = new TeacherNotesView(i18n);
        this.keys = new ProjectorKeys(model, this::toggleFullScreen);
        this.notesWindow = new NotesWindow(model, i18n, display, keys);
        getStyleClass().add("projector");
        setId("projector");

        back = Buttons.big("projectorBack", i18n.text("lesson.back"), false, model::back);
        next = Buttons.big("projectorNext", i18n.text("lesson.next"), true, model::next);
        tryAnother = Buttons.big("projectorTryAnother", i18n.text("projector.tryAnother"), false, model::tryAnotherPath);
        tryAnother.managedProperty().bind(tryAnother.visibleProperty());

        chooser = new ProjectorChooser(model, i18n, this::leave);
        buildPresenter();
        getChildren().setAll(chooser);

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                leave();
                event.consume();
            } else {
                keys.handle(event);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, keys::handleUnconsumed);
        model.slideProperty().addListener((obs, old, slide) -> showSlide(slide));
        i18n.onChange(this, this::relabel);
        model.notesOpenProperty().addListener((obs, old, open) -> showSlide(model.slide()));
        // However projector mode is left (Esc, the menu, or another screen shown), the notes window goes with it.
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                notesWindow.close();
            }
        });
        showSlide(model.slide());
        if (model.slide() == null) {
            chooser.focusFirstModule();
        }
    }

    private void relabel() {
        showSlide(model.slide());
    }

    public ProjectorViewModel model() {
        return model;
    }

    /** Closes the notes window and full screen, and hands back to the screen that opened projector mode. */
    public void leave() {
        notesWindow.close();
        if (getScene() != null && getScene().getWindow() instanceof Stage stage && stage.isFullScreen()) {
            stage.setFullScreen(false);
            stage.setFullScreenExitKeyCombination(exitFullScreenKey);
        }
        onExit.run();
    }

    /** The teacher's notes in a second window, for the laptop screen. */
    public void openNotesWindow() {
        notesWindow.open(getScene() == null ? null : getScene().getWindow());
    }

    Stage notesStage() {
        return notesWindow.stage();
    }

    // ---- presenting ---------------------------------------------------------------------------

    private void buildPresenter() {
        Button notesToggle = Buttons.withIcon("projectorNotesToggle", i18n.text("projector.notes"), "mdi2n-notebook-outline",
                "projector-bar-button", model::toggleNotes);
        MenuButton more = new MenuButton();
        more.setId("projectorMenu");
        more.textProperty().bind(i18n.text("projector.menu"));
        more.setGraphic(IconSizes.like(new FontIcon("mdi2d-dots-vertical"), more, 1.125));
        more.getStyleClass().add("projector-bar-button");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.getItems().addAll(
                menuItem("projectorNotesWindow", "projector.notesWindow", this::openNotesWindow),
                menuItem("projectorFullScreen", "projector.fullScreen", this::toggleFullScreen),
                menuItem("projectorOtherModule", "projector.otherModule", model::closeModule),
                new SeparatorMenuItem(),
                menuItem("projectorExit", "projector.exit", this::leave));

        lessonTitle.setId("projectorLessonTitle");
        lessonTitle.getStyleClass().add("projector-lesson-title");
        lessonTitle.setWrapText(true);
        lessonTitle.setMinHeight(Region.USE_PREF_SIZE);
        lessonTitle.setMinWidth(0);
        lessonTitle.setMaxWidth(Double.MAX_VALUE);
        stepOf.setId("projectorStepOf");
        stepOf.getStyleClass().add("projector-step-of");
        stepOf.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(lessonTitle, Priority.ALWAYS);
        // Where the class is, and the teacher's tools (notes; the rest in a menu), on one row
        // while they fit and on two at large text; the window's header keeps Get help and the language.
        titleRow.getChildren().setAll(lessonTitle, stepOf);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getStyleClass().add("projector-heading");
        tools.getChildren().setAll(notesToggle, more);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.getStyleClass().add("projector-tools");
        heading.getChildren().setAll(titleRow, tools);
        heading.widthProperty().addListener((obs, old, width) -> placeTools());

        slideHolder.getStyleClass().add("projector-slide-holder");
        slideScroll.setFitToWidth(true);
        slideScroll.setFocusTraversable(false);
        slideScroll.getStyleClass().add("screen-scroll");
        HBox.setHgrow(slideScroll, Priority.ALWAYS);

        notesPanel.setId("projectorNotesPanel");
        notesPanel.setFitToWidth(true);
        notesPanel.setFocusTraversable(false);
        notesPanel.getStyleClass().add("projector-notes-panel");
        notesPanel.visibleProperty().bind(model.notesOpenProperty());
        notesPanel.managedProperty().bind(notesPanel.visibleProperty());
        // A third of the width at most: the class still sees the slide if the panel is opened on the projector.
        notesPanel.prefWidthProperty().bind(widthProperty().multiply(0.34));
        notesPanel.minWidthProperty().bind(notesPanel.prefWidthProperty());
        notesPanel.maxWidthProperty().bind(notesPanel.prefWidthProperty());
        slideScroll.setMinWidth(0);
        slideScroll.setPrefWidth(0); // it grows into whatever the notes leave
        HBox middle = new HBox(slideScroll, notesPanel);
        middle.getStyleClass().add("projector-middle");
        VBox.setVgrow(middle, Priority.ALWAYS);

        hint.setId("projectorHint");
        hint.getStyleClass().add("projector-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.managedProperty().bind(hint.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(back, spacer, tryAnother, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().add("projector-nav");

        presenter.getChildren().setAll(heading, middle, hint, nav);
        presenter.getStyleClass().addAll("screen", "projector-presenter");
    }

    /** Once the next layout pass has sized the new slide (sizes are known only then), and once only. */
    private void afterLayout(Runnable work) {
        if (getScene() == null) {
            Platform.runLater(work);
            return;
        }
        javafx.scene.Scene scene = getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** The tools beside the title while the row has room for both, else on a row of their own. */
    private void placeTools() {
        double spacing = titleRow.getSpacing() * 2;
        double needed = lessonTitle.prefWidth(-1) + stepOf.prefWidth(-1) + tools.prefWidth(-1) + spacing;
        boolean oneRow = heading.getWidth() > 0 && needed <= heading.getWidth();
        if (oneRow && tools.getParent() != titleRow) {
            titleRow.getChildren().add(tools);
        } else if (!oneRow && tools.getParent() != heading) {
            heading.getChildren().add(tools);
        }
    }

    private MenuItem menuItem(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showSlide(Slide slide) {
        if (slide == null) {
            shown = null;
            if (getChildren().get(0) != chooser) {
                getChildren().setAll(chooser);
                chooser.focusFirstModule();
            }
            return;
        }
        boolean opened = getChildren().get(0) != presenter;
        if (opened) {
            getChildren().setAll(presenter);
        }
        boolean sameStep = shown != null && shown.module() == slide.module()
                && shown.lessonIndex() == slide.lessonIndex() && shown.stepIndex() == slide.stepIndex();
        String focusedId = focusedIdInside(slideHolder);
        double scrolled = slideScroll.getVvalue();
        shown = slide;

        lessonTitle.setText(i18n.get("projector.lessonOf", slide.lessonIndex() + 1, slide.lessonCount())
                + " \u00b7 " + i18n.in(slide.lesson().title()));
        stepOf.setText(i18n.get("lesson.stepOf", slide.stepIndex() + 1, slide.stepCount()));
        slideHolder.getChildren().setAll(slides.render(slide));
        if (model.notesOpenProperty().get()) {
            notesHolder.getChildren().setAll(notes.render(slide));
        } else {
            notesHolder.getChildren().clear();
        }

        next.textProperty().unbind();
        next.setText(notes.nextText(slide));
        if (slide.nextAction() == Slide.NextAction.PICK_A_REPLY) {
            next.setText(i18n.get("lesson.next"));
        }
        next.setDisable(slide.nextAction() == Slide.NextAction.PICK_A_REPLY || slide.nextAction() == Slide.NextAction.END);
        back.setDisable(!slide.canGoBack());
        tryAnother.setVisible(slide.canTryAnotherPath());
        String hintKey = switch (slide.nextAction()) {
            case NEXT_MESSAGE -> "projector.hint.message";
            case REVEAL -> slide.atChatChoice() ? "projector.hint.vote" : "projector.hint.reveal";
            case PICK_A_REPLY -> "projector.hint.pick";
            case END -> "projector.hint.end";
            default -> null;
        };
        hint.setVisible(hintKey != null);
        hint.setText(hintKey == null ? "" : i18n.get(hintKey));

        // Chats grow downwards: keep the newest message and the options in view, as a phone does.
        boolean chat = slide.step() instanceof jaga.content.Step.Chat;
        boolean revealedChoice = slide.atChatChoice() && slide.revealed();
        afterLayout(() -> {
            placeTools();
            if (revealedChoice) {
                scrollToTopOf(slideHolder.lookup("#projectorOptions")); // every reply's feedback, from A down
            } else {
                slideScroll.setVvalue(chat ? 1.0 : sameStep ? scrolled : 0.0);
            }
        });
        Node again = focusedId == null ? null : slideHolder.lookup("#" + focusedId);
        if (again != null && !again.isDisabled()) {
            Focus.request(again); // a vote button pressed by keyboard keeps the focus
        } else if (opened || !sameStep || focusedId != null || isFocusLost()) {
            Focus.request(next.isDisabled() ? back : next);
        }
    }

    private void scrollToTopOf(Node node) {
        double content = slideHolder.getBoundsInLocal().getHeight();
        double viewport = slideScroll.getViewportBounds().getHeight();
        if (node == null || content <= viewport) {
            return;
        }
        double top = slideHolder.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        slideScroll.setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
    }

    private boolean isFocusLost() {
        return getScene() != null && (getScene().getFocusOwner() == null || getScene().getFocusOwner().getScene() == null
                || !isAncestorOf(getScene().getFocusOwner()));
    }

    private boolean isAncestorOf(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == this) {
                return true;
            }
        }
        return false;
    }

    private String focusedIdInside(Parent parent) {
        if (getScene() == null || getScene().getFocusOwner() == null) {
            return null;
        }
        Node focused = getScene().getFocusOwner();
        for (Node current = focused; current != null; current = current.getParent()) {
            if (current == parent) {
                return focused.getId();
            }
        }
        return null;
    }

    /** Full screen for the projector; Esc then leaves projector mode (and full screen with it). */
    private void toggleFullScreen() {
        if (getScene() == null || !(getScene().getWindow() instanceof Stage stage)) {
            return;
        }
        if (!stage.isFullScreen()) {
            exitFullScreenKey = stage.getFullScreenExitKeyCombination();
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        } else {
            stage.setFullScreen(false);
            stage.setFullScreenExitKeyCombination(exitFullScreenKey);
        }
    }
}
