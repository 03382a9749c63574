package jaga.ui.home;

import jaga.content.ContentModule;
import jaga.learning.LearningService;
import jaga.learning.ModuleOverview;
import jaga.model.Learner;
import jaga.ui.common.Background;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The learner's modules with where they are in each. */
public final class HomeViewModel {
    private final LearningService learning;
    private final Background background;
    private final Learner learner;
    private final Consumer<ContentModule> onOpen;
    private final ObservableList<ModuleOverview> modules = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<ContentModule> badges = FXCollections.observableArrayList();
    /** A short daily review: a few key points learned before, spaced out over the days. */
    static final int REVIEW_CARDS = 3;
    private final ObservableList<jaga.learning.ReviewCard> review = FXCollections.observableArrayList();
    private final BooleanProperty reviewStarted = new SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<ModuleOverview> recommended = new javafx.beans.property.SimpleObjectProperty<>();

    private java.util.Map<String, java.util.Set<String>> finished = java.util.Map.of();

    public HomeViewModel(LearningService learning, Background background, Learner learner, Consumer<ContentModule> onOpen) {
        this.learning = learning;
        this.background = background;
        this.learner = learner;
        this.onOpen = onOpen;
    }

    public void load() {
        background.run(() -> new Object[] {learning.modulesFor(learner), learning.badges(learner),
                learning.dailyReview(learner, REVIEW_CARDS), learning.finishedLessons(learner)}, result -> {
            @SuppressWarnings("unchecked")
            java.util.List<ModuleOverview> list = (java.util.List<ModuleOverview>) result[0];
            @SuppressWarnings("unchecked")
            java.util.List<ContentModule> earned = (java.util.List<ContentModule>) result[1];
            badges.setAll(earned);
            @SuppressWarnings("unchecked")
            java.util.List<jaga.learning.ReviewCard> due = (java.util.List<jaga.learning.ReviewCard>) result[2];
            review.setAll(due);
            reviewStarted.set(!due.isEmpty());
            @SuppressWarnings("unchecked")
            java.util.Map<String, java.util.Set<String>> done = (java.util.Map<String, java.util.Set<String>>) result[3];
            finished = done;
            recommended.set(learning.recommended(list).orElse(null));
            modules.setAll(list);
            loaded.set(true);
        }, failure -> error.set(failure.getMessage()));
    }

    public void open(ModuleOverview overview) {
        onOpen.accept(overview.module());
    }

    public Learner learner() {
        return learner;
    }

    public ObservableList<ModuleOverview> modules() {
        return modules;
    }

    /** The child says whether they remembered; the card leaves today's list once saved. */
    public void reviewed(jaga.learning.ReviewCard card, boolean remembered) {
        background.run(() -> learning.reviewed(learner, card, remembered), () -> review.remove(card),
                failure -> error.set(failure.getMessage()));
    }

    public ObservableList<jaga.learning.ReviewCard> review() {
        return review;
    }

    /** True when there was something to review today, so the card stays to say "all done". */
    public BooleanProperty reviewStartedProperty() {
        return reviewStarted;
    }

    /** The module as a path: lessons finished, where the child is, the quiz (passed or not). */
    public jaga.learning.ModulePath path(ModuleOverview overview) {
        return jaga.learning.ModulePath.of(overview.module(), finished.getOrDefault(overview.module().id(), java.util.Set.of()),
                overview.state() == jaga.learning.ModuleState.DONE);
    }

    public ObservableList<ContentModule> badges() {
        return badges;
    }

    public javafx.beans.property.ObjectProperty<ModuleOverview> recommendedProperty() {
        return recommended;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
