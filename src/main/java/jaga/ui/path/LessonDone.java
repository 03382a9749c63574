package jaga.ui.path;

import jaga.content.ContentModule;
import jaga.learning.ModulePath;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import javafx.animation.Interpolator;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.TranslateTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The short "Lesson 1 of 3 done!" moment after a lesson's last step, before the next lesson or
 * the quiz: the path with the lesson ticked, a small animation and a chime (neither with reduced
 * motion), and the words read aloud where the learner has auto-read (7-9 by default).
 * Projector mode never shows it: a class moves on together.
 */
public final class LessonDone {
    /** Grows a little past full size and settles back: a pop. */
    private static final Interpolator POP = new Interpolator() {
        @Override
        protected double curve(double t) {
            return 1 - Math.pow(1 - t, 3) + 0.25 * Math.sin(Math.PI * t);
        }
    };

    private final ContentModule module;
    private final I18n i18n;
    private final DisplaySettings display;
    private final ReadAloud readAloud;
    private final Chime chime;
    private final VBox card = new VBox();
    private final Label title = new Label();
    private final Label then = new Label();
    private final HBox stars = new HBox();
    private final ModulePathView path;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty finished = new SimpleIntegerProperty(-1);
    private SequentialTransition animation;
    private int animations;

    public LessonDone(ContentModule module, I18n i18n, DisplaySettings display, ReadAloud readAloud, Chime chime) {
        this.module = module;
        this.i18n = i18n;
        this.display = display;
        this.readAloud = readAloud;
        this.chime = chime;
        path = new ModulePathView(i18n, "lessonDonePath");
        card.setId("lessonDone");
        card.getStyleClass().addAll("card", "lesson-done");
        card.setAlignment(Pos.TOP_CENTER);
        card.setUserData(this);
        title.setId("lessonDoneTitle");
        title.getStyleClass().add("lesson-done-title");
        title.setWrapText(true);
        then.setId("lessonDoneNext");
        then.getStyleClass().add("lesson-done-next");
        then.setWrapText(true);
        stars.getStyleClass().add("lesson-done-stars");
        stars.setAlignment(Pos.CENTER);
        for (int i = 0; i < 3; i++) {
            FontIcon star = new FontIcon("mdi2s-star");
            star.getStyleClass().addAll("lesson-done-star", i == 1 ? "lesson-done-star-big" : "lesson-done-star-small");
            stars.getChildren().add(star);
        }
        HBox heading = new HBox(title);
        heading.setAlignment(Pos.CENTER);
        heading.getStyleClass().add("lesson-done-heading");
        SpeakerButton.create(readAloud, i18n, "speak-lessonDone", title, this::spoken)
                .ifPresent(button -> heading.getChildren().add(button));
        card.getChildren().addAll(stars, heading, path, then);
        card.visibleProperty().bind(showing);
        card.managedProperty().bind(showing);
        i18n.onChange(card, this::label);
    }

    /** The moment, to place where the step is shown (hidden until {@link #show}). */
    public Node node() {
        return card;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public boolean showing() {
        return showing.get();
    }

    /** Shows the moment for a lesson just finished (0-based). */
    public void show(int lesson) {
        finished.set(lesson);
        path.show(ModulePath.at(module, lesson + 1));
        label();
        showing.set(true);
        if (!display.reducedMotionProperty().get()) {
            animate();
            chime.play();
        }
        if (readAloud != null && readAloud.autoReadProperty().get()) {
            readAloud.say(title, spoken(), i18n.language());
        }
    }

    public void hide() {
        if (animation != null) {
            animation.stop();
            reset();
        }
        if (readAloud != null && readAloud.speakingProperty().get() == title) {
            readAloud.stop();
        }
        showing.set(false);
    }

    /** How many times the animation was started (for the moment's tests). */
    public int animations() {
        return animations;
    }

    public Chime chime() {
        return chime;
    }

    private void label() {
        int lesson = finished.get();
        if (lesson < 0) {
            return;
        }
        int total = module.lessons().size();
        title.setText(i18n.get("lessonDone.title", lesson + 1, total));
        then.setText(lesson + 1 >= total ? i18n.get("lessonDone.toQuiz") : i18n.get("lessonDone.next", lesson + 2));
    }

    private String spoken() {
        return title.getText() + " " + then.getText();
    }

    private void animate() {
        animations++;
        ParallelTransition pop = new ParallelTransition();
        for (int i = 0; i < stars.getChildren().size(); i++) {
            Node star = stars.getChildren().get(i);
            star.setScaleX(0.2);
            star.setScaleY(0.2);
            ScaleTransition grow = new ScaleTransition(Duration.millis(420), star);
            grow.setDelay(Duration.millis(110 * i));
            grow.setToX(1);
            grow.setToY(1);
            grow.setInterpolator(POP);
            pop.getChildren().add(grow);
        }
        title.setTranslateY(12);
        TranslateTransition rise = new TranslateTransition(Duration.millis(380), title);
        rise.setToY(0);
        rise.setInterpolator(Interpolator.EASE_OUT);
        pop.getChildren().add(rise);
        animation = new SequentialTransition(pop);
        animation.setOnFinished(e -> reset());
        animation.play();
    }

    private void reset() {
        stars.getChildren().forEach(star -> {
            star.setScaleX(1);
            star.setScaleY(1);
        });
        title.setTranslateY(0);
    }
}
