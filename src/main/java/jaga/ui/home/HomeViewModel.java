package jaga.ui.home;

import jaga.content.ContentModule;
import jaga.learning.LearningService;
import jaga.learning.ModuleOverview;
import jaga.learning.ModulePath;
import jaga.learning.ModuleState;
import jaga.learning.ReviewCard;
import jaga.model.Learner;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The learner's modules with where they are in each, their badges and today's short review. */
public final class HomeViewModel {
    /** A short daily review: a few key points learned before, spaced out over the days. */
    static final int REVIEW_CARDS = 3;

    private final LearningService learning;
    private final Tasks tasks;
    private final Learner learner;
    private final Consumer<ContentModule> onOpen;
    private final ObservableList<ModuleOverview> modules = FXCollections.observableArrayList();
    private final ObservableList<ContentModule> badges = FXCollections.observableArrayList();
    private final ObservableList<ReviewCard> review = FXCollections.observableArrayList();
    // Made once: a read-only view listens weakly to its list, so one made per call could be collected with the screen's listeners.
    private final ObservableList<ModuleOverview> modulesReadOnly = FXCollections.unmodifiableObservableList(modules);
    private final ObservableList<ContentModule> badgesReadOnly = FXCollections.unmodifiableObservableList(badges);
    private final ObservableList<ReviewCard> reviewReadOnly = FXCollections.unmodifiableObservableList(review);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reviewStarted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ModuleOverview> recommended = new ReadOnlyObjectWrapper<>();
    private Map<String, Set<String>> finished = Map.of();

    public HomeViewModel(LearningService learning, Background background, Learner learner, Consumer<ContentModule> onOpen) {
        this.learning = learning;
        this.tasks = new Tasks(background, "my lessons");
        this.learner = learner;
        this.onOpen = onOpen;
    }

    private record Loaded(List<ModuleOverview> modules, List<ContentModule> badges, List<ReviewCard> review,
                          Map<String, Set<String>> finished) {}

    public void load() {
        tasks.run(() -> new Loaded(learning.modulesFor(learner), learning.badges(learner),
                learning.dailyReview(learner, REVIEW_CARDS), learning.finishedLessons(learner)), result -> {
            badges.setAll(result.badges());
            review.setAll(result.review());
            reviewStarted.set(!result.review().isEmpty());
            finished = result.finished();
            recommended.set(learning.recommended(result.modules()).orElse(null));
            modules.setAll(result.modules());
            loaded.set(true);
        });
    }

    public void open(ModuleOverview overview) {
        onOpen.accept(overview.module());
    }

    public Learner learner() {
        return learner;
    }

    public ObservableList<ModuleOverview> modules() {
        return modulesReadOnly;
    }

    /** The child says whether they remembered; the card leaves today's list once saved. */
    public void reviewed(ReviewCard card, boolean remembered) {
        tasks.run(() -> learning.reviewed(learner, card, remembered), () -> review.remove(card));
    }

    public ObservableList<ReviewCard> review() {
        return reviewReadOnly;
    }

    /** True when there was something to review today, so the card stays to say "all done". */
    public ReadOnlyBooleanProperty reviewStartedProperty() {
        return reviewStarted.getReadOnlyProperty();
    }

    /** The module as a path: lessons finished, where the child is, the quiz (passed or not). */
    public ModulePath path(ModuleOverview overview) {
        return ModulePath.of(overview.module(), finished.getOrDefault(overview.module().id(), Set.of()),
                overview.state() == ModuleState.DONE);
    }

    public ObservableList<ContentModule> badges() {
        return badgesReadOnly;
    }

    /** The module to do next, shown first and marked; null when none. */
    public ReadOnlyObjectProperty<ModuleOverview> recommendedProperty() {
        return recommended.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the lessons could not be read or a review saved (said with {@code Problems}), or null. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return tasks.problemProperty();
    }
}
