package jaga.ui.lesson;

import jaga.content.Step;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import jaga.ui.common.DisplaySettings;
import jaga.ui.lesson.steps.StepContext;
import jaga.ui.lesson.steps.StepView;
import jaga.ui.lesson.steps.StepViews;
import jaga.ui.speech.ReadAloud;
import jaga.learning.ModulePath;
import jaga.ui.path.Chime;
import jaga.ui.path.LessonDone;
import jaga.ui.path.ModulePathView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One step at a time, with a progress bar and back / next. */
public final class LessonView extends VBox {
    private final LessonViewModel model;
    private final I18n i18n;
    private final VBox stepHolder = new VBox();
    private final ScrollPane scroll;
    private final VBox header;
    private final DisplaySettings display;
    private final BooleanProperty stepDone = new SimpleBooleanProperty(true);
    private Button next;
    private final ReadAloud readAloud;
    private Step shown;
    private final LessonDone lessonDone;
    private StepView view;

    public LessonView(LessonViewModel model, I18n i18n, DisplaySettings display) {
        this(model, i18n, display, null);
    }

    /** @param readAloud speaker buttons, F2 and auto-read; null for none */
    public LessonView(LessonViewModel model, I18n i18n, DisplaySettings display, ReadAloud readAloud) {
        this.readAloud = readAloud;
        this.model = model;
        this.i18n = i18n;
        this.display = display;
        getStyleClass().addAll("screen", "lesson-screen");

        Button exit = new Button();
        exit.setId("exitLesson");
        exit.textProperty().bind(i18n.text("lesson.exit"));
        exit.getStyleClass().addAll("flat", "back-link");
        exit.setOnAction(e -> model.exit());

        Label moduleTitle = new Label();
        moduleTitle.textProperty().bind(i18n.text(model.module().title()));
        moduleTitle.getStyleClass().add("card-eyebrow");
        Label lessonTitle = new Label();
        lessonTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.in(model.lessonBinding().get().title()), model.positionProperty(), i18n.languageProperty()));
        lessonTitle.getStyleClass().add("screen-title");
        lessonTitle.setWrapText(true);
        lessonTitle.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines instead of cutting off

        ProgressBar progress = new ProgressBar();
        progress.setId("lessonProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            int[] count = model.stepCount().get();
            return (double) count[0] / count[1];
        }, model.positionProperty()));
        Label stepOf = new Label();
        stepOf.setId("stepOf");
        stepOf.textProperty().bind(Bindings.createStringBinding(() -> {
            int[] count = model.stepCount().get();
            return i18n.get("lesson.stepOf", count[0], count[1]);
        }, model.positionProperty(), i18n.languageProperty()));
        stepOf.getStyleClass().add("step-of");
        progress.accessibleTextProperty().bind(stepOf.textProperty());
        HBox progressRow = new HBox(progress, stepOf);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.getStyleClass().add("progress-row");
        HBox.setHgrow(progress, Priority.ALWAYS);

        stepHolder.getStyleClass().addAll("card", "step-card");
        header = new VBox();
        // The path (lesson 1 · 2 · 3 · quiz), and "Lesson 1 of 3 done!" in the step's place between lessons.
        ModulePathView path = new ModulePathView(i18n, "lessonPath");
        path.show(ModulePath.at(model.module(), model.positionProperty().get().lesson()));
        model.positionProperty().addListener((obs, old, at) -> path.show(ModulePath.at(model.module(), at.lesson())));
        lessonDone = new LessonDone(model.module(), i18n, display, readAloud, new Chime());
        stepHolder.visibleProperty().bind(lessonDone.showingProperty().not());
        stepHolder.managedProperty().bind(stepHolder.visibleProperty());
        header.visibleProperty().bind(lessonDone.showingProperty().not());
        header.managedProperty().bind(header.visibleProperty());
        // The header scrolls with the step, so large text still leaves room to read.
        scroll = new ScrollPane(new VBox(exit, header, stepHolder, lessonDone.node())); // Exit stays during the moment
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button back = Buttons.big("previousStep", i18n.text("lesson.back"), false, this::back);
        back.disableProperty().bind(model.atFirstStep());
        next = Buttons.big("nextStep", Bindings.when(model.atLastStep()).then(i18n.text("lesson.toQuiz"))
                .otherwise(Bindings.when(lessonDone.showingProperty()).then(i18n.text("lessonDone.nextLesson"))
                        .otherwise(i18n.text("lesson.next"))), true, this::next);
        next.setDefaultButton(true);
        // Practice first: a chat, the flags or a check must be done before moving on.
        next.disableProperty().bind(stepDone.not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(back, spacer, next);
        nav.getStyleClass().add("lesson-nav");

        Label error = Problems.line(model.problemProperty(), i18n);

        header.getChildren().setAll(moduleTitle, lessonTitle, path, progressRow);
        header.getStyleClass().add("lesson-header");
        getChildren().addAll(scroll, error, nav);

        model.stepBinding().addListener((obs, old, step) -> showStep(step));
        i18n.onChange(this, () -> {
            if (getScene() != null) { // a lesson screen left behind does not redraw or take over F2
                showStep(model().stepBinding().get());
            }
        });
        // The saved practice work arrives after the first step is drawn: draw it again with it.
        model.loadedProperty().addListener((obs, was, now) -> redraw());
        Node speechNote = jaga.ui.speech.SpeechTroubleNote.create(readAloud, i18n);
        if (speechNote != null) {
            getChildren().add(getChildren().indexOf(nav), speechNote); // its own row: never squeezed at 200%
        }
        showStep(model.stepBinding().get());
    }

    /** After a lesson's last step, the "lesson done" moment first; Next again goes on. */
    private void next() {
        if (lessonDone.showing()) {
            lessonDone.hide();
            model.next();
            return;
        }
        int[] count = model.stepCount().get();
        if (count[0] == count[1]) {
            model.finishLesson();
            lessonDone.show(model.positionProperty().get().lesson());
            scroll.setVvalue(0);
            Focus.request(next);
            return;
        }
        model.next();
    }

    private void back() {
        if (lessonDone.showing()) {
            lessonDone.hide();
        } else {
            model.back();
        }
    }

    private LessonViewModel model() {
        return model;
    }

    private void redraw() {
        shown = null; // drawn again from what was saved, as if just opened
        showStep(model.stepBinding().get());
    }

    private void showStep(Step step) {
        var catalog = model.learning().catalog();
        boolean opened = step != shown; // not when the same step is only re-labelled in the other language
        if (!opened && view != null) {
            view.work().ifPresent(work -> model.memory().save(step, work)); // kept as it is, in the other language
        }
        // Auto-read starts once the saved work is in (the step is then drawn once more, see redraw).
        boolean readNew = opened && model.loadedProperty().get() && readAloud != null && readAloud.autoReadProperty().get();
        StepContext context = new StepContext(i18n, catalog.resources(), catalog.folderOf(model.module()), display,
                model::chatChoiceMade, readAloud, model.memory(), readNew);
        shown = step;
        if (readAloud != null) {
            readAloud.stop();
        }
        view = StepViews.create(step, context);
        stepHolder.getChildren().setAll(view.node());
        stepDone.unbind();
        stepDone.bind(view.done());
        scroll.setVvalue(0);
        if (readAloud != null) {
            readAloud.setPage(view.wholeReading());
            // Auto-read reads the whole step (a chat reads itself as it goes).
            ReadAloud.Reading whole = view.wholeReading();
            if (readNew && whole != null && !view.readsItself()) {
                readAloud.say(whole.source(), whole.text().get(), i18n.language());
            }
        }
        Node focus = view.firstFocus();
        if (focus != null) {
            Focus.request(focus);
        } else if (next != null) {
            Focus.request(next);
        }
    }
}
