package jaga.ui.lesson;

import jaga.content.ChatNode;
import jaga.content.ContentModule;
import jaga.content.Lesson;
import jaga.content.Step;
import jaga.learning.LearningService;
import jaga.learning.LessonPosition;
import jaga.learning.ReplyOrder;
import jaga.learning.StepWork;
import jaga.ui.lesson.steps.StepMemory;
import jaga.model.Learner;
import jaga.ui.common.Background;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Steps through a module's lessons, saving the step reached each time it changes. */
public final class LessonViewModel {
    private final ContentModule module;
    private final Learner learner;
    private final LearningService learning;
    private final Background background;
    private final Runnable onFinished;
    private final Runnable onExit;
    private final Consumer<Throwable> saveFailed;
    private final ObjectProperty<LessonPosition> position = new SimpleObjectProperty<>(LessonPosition.START);
    /** The lesson last saved as finished, so leaving and coming back to its moment saves it once. */
    private int finishedLesson = -1;
    private final StringProperty error = new SimpleStringProperty("");
    private final java.util.Map<String, StepWork> work = new java.util.HashMap<>();
    private final javafx.beans.property.BooleanProperty loaded = new javafx.beans.property.SimpleBooleanProperty();
    private ReplyOrder replyOrder;
    private final StepMemory memory = new StepMemory() {
        @Override
        public java.util.Optional<StepWork> saved(Step step) {
            return java.util.Optional.ofNullable(work.get(step.id()));
        }

        @Override
        public void save(Step step, StepWork done) {
            if (done.equals(work.put(step.id(), done))) {
                return;
            }
            background.run(() -> learning.saveStepWork(learner, module, step, done), () -> { }, saveFailed);
        }

        @Override
        public ReplyOrder replyOrder() {
            if (replyOrder == null) {
                replyOrder = learning.replyOrder(learner, module);
            }
            return replyOrder;
        }

        @Override
        public int contentVersion() {
            return module.version();
        }
    };
    // Held here, not made per call: a binding nobody holds is garbage-collected with its listeners.
    private final ObjectBinding<Lesson> lesson;
    private final ObjectBinding<Step> step;
    private final BooleanBinding atFirstStep;
    private final BooleanBinding atLastStep;
    private final ObjectBinding<int[]> stepCount;

    public LessonViewModel(ContentModule module, Learner learner, LearningService learning, Background background,
                           Runnable onFinished, Runnable onExit) {
        this.module = module;
        this.learner = learner;
        this.learning = learning;
        this.background = background;
        this.onFinished = onFinished;
        this.onExit = onExit;
        this.saveFailed = failure -> error.set(failure.getMessage());
        this.lesson = Bindings.createObjectBinding(() -> module.lessons().get(position.get().lesson()), position);
        this.step = Bindings.createObjectBinding(() -> lesson().steps().get(position.get().step()), position);
        this.atFirstStep = Bindings.createBooleanBinding(
                () -> position.get().lesson() == 0 && position.get().step() == 0, position);
        this.atLastStep = Bindings.createBooleanBinding(
                () -> isLastLesson() && position.get().step() == lesson().steps().size() - 1, position);
        this.stepCount = Bindings.createObjectBinding(
                () -> new int[] {position.get().step() + 1, lesson().steps().size()}, position);
    }

    /**
     * Opens at the step the learner last reached, with what they did in its practice steps; or,
     * when every lesson is done and the quiz was left unfinished, goes on to the quiz.
     */
    public void load() {
        background.run(() -> new Start(learning.quizWaiting(learner, module), learning.resumePosition(learner, module),
                learning.stepWork(learner, module)), start -> {
            if (start.quizWaiting()) {
                onFinished.run();
                return;
            }
            start.work().forEach(work::putIfAbsent); // what the child did while it loaded is newer
            position.set(start.position());
            save();
            loaded.set(true);
        }, saveFailed);
    }

    private record Start(boolean quizWaiting, LessonPosition position, java.util.Map<String, StepWork> work) {}

    /** True once the saved place and practice work are read: the step on screen is then drawn again with them. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** What the learner did in each practice step, saved as they do it. */
    public StepMemory memory() {
        return memory;
    }

    public ContentModule module() {
        return module;
    }

    public ObjectProperty<LessonPosition> positionProperty() {
        return position;
    }

    public ObjectBinding<Lesson> lessonBinding() {
        return lesson;
    }

    public ObjectBinding<Step> stepBinding() {
        return step;
    }

    public BooleanBinding atFirstStep() {
        return atFirstStep;
    }

    public BooleanBinding atLastStep() {
        return atLastStep;
    }

    /** 1-based number of the current step within the current lesson, and the lesson's step count. */
    public ObjectBinding<int[]> stepCount() {
        return stepCount;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void next() {
        LessonPosition at = position.get();
        Lesson lesson = lesson();
        if (at.step() < lesson.steps().size() - 1) {
            position.set(new LessonPosition(at.lesson(), at.step() + 1));
            save();
            return;
        }
        finishLesson();
        if (isLastLesson()) {
            onFinished.run();
        } else {
            position.set(new LessonPosition(at.lesson() + 1, 0));
            save();
        }
    }

    /**
     * Saves the lesson on screen as finished, once: the "lesson done" moment calls it when it shows,
     * so a PC switched off on that moment keeps the lesson done.
     */
    public void finishLesson() {
        LessonPosition at = position.get();
        if (finishedLesson == at.lesson()) {
            return;
        }
        finishedLesson = at.lesson();
        Lesson lesson = lesson();
        background.run(() -> learning.lessonFinished(learner, module, lesson), () -> { }, saveFailed);
    }

    public void back() {
        LessonPosition at = position.get();
        if (at.step() > 0) {
            position.set(new LessonPosition(at.lesson(), at.step() - 1));
        } else if (at.lesson() > 0) {
            int previous = at.lesson() - 1;
            position.set(new LessonPosition(previous, module.lessons().get(previous).steps().size() - 1));
        }
        save();
    }

    /** A reply picked in a practice chat, saved as soon as it is picked. */
    public void chatChoiceMade(Step.Chat chat, ChatNode.ChatChoice choice) {
        Lesson lesson = lesson();
        background.run(() -> learning.chatChoice(learner, module, lesson, chat.id(), choice.id()), () -> { }, saveFailed);
    }

    public LearningService learning() {
        return learning;
    }

    public void exit() {
        onExit.run();
    }

    private void save() {
        LessonPosition at = position.get();
        Lesson lesson = lesson();
        background.run(() -> learning.stepReached(learner, module, lesson, at.step()), () -> { }, saveFailed);
    }

    private Lesson lesson() {
        return module.lessons().get(position.get().lesson());
    }

    private boolean isLastLesson() {
        return position.get().lesson() == module.lessons().size() - 1;
    }
}
