package jaga.ui.quiz;

import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.QuizResult;
import jaga.learning.QuizSession;
import jaga.learning.Response;
import jaga.learning.AnsweredQuestion;
import jaga.ui.common.Background;
import jaga.ui.common.Tasks;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One question at a time: answer, check, read the feedback, go on. The answer is saved when
 * the learner checks it, before the feedback shows.
 */
public final class QuizViewModel {
    private final QuizSession session;
    private final Tasks tasks;
    private final Runnable onHome;
    private final Runnable onRetry;

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<AnswerFeedback> feedback = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QuizResult> result = new ReadOnlyObjectWrapper<>();
    // Held here, not made per call: a binding nobody holds is garbage-collected with its listeners.
    private final ObjectBinding<Question> question;
    private final BooleanBinding lastQuestion;

    /** Milliseconds on a clock that only goes forward, to time each answer. */
    private final LongSupplier millis;
    /** When the question now on screen was shown. */
    private long shownAt;

    public QuizViewModel(QuizSession session, Background background, Runnable onHome, Runnable onRetry) {
        this(session, background, onHome, onRetry, () -> System.nanoTime() / 1_000_000);
    }

    /** @param millis a monotonic clock in milliseconds (tests hand in their own) */
    public QuizViewModel(QuizSession session, Background background, Runnable onHome, Runnable onRetry,
                         LongSupplier millis) {
        this.millis = millis;
        this.shownAt = millis.getAsLong(); // the first question shows as the quiz opens
        this.session = session;
        this.tasks = new Tasks(background, "quiz");
        this.onHome = onHome;
        this.onRetry = onRetry;
        this.question = Bindings.createObjectBinding(() -> session.questions().get(index.get()), index);
        this.lastQuestion = Bindings.createBooleanBinding(() -> index.get() == questionCount() - 1, index);
        // A quiz taken up again opens at its first unanswered question; the answers before it are kept.
        index.set(Math.min(session.firstUnanswered(), questionCount() - 1));
    }

    /**
     * For an attempt taken up again after every question was answered (Jaga closed before "See my
     * result"): shows the result straight away. Call once the screen is showing.
     */
    public void finishIfAllAnswered() {
        if (session.firstUnanswered() == questionCount() && result.get() == null && !tasks.isBusy()) {
            tasks.run(session::finish, result::set);
        }
    }

    public QuizSession session() {
        return session;
    }

    public ObjectBinding<Question> questionBinding() {
        return question;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int questionCount() {
        return session.questions().size();
    }

    public ReadOnlyObjectProperty<AnswerFeedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuizResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last answer or result could not be saved (said with {@code Problems}), or null. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return tasks.problemProperty();
    }

    /** True while an answer or the result is being saved. */
    public ReadOnlyBooleanProperty savingProperty() {
        return tasks.busyProperty();
    }

    public BooleanBinding isLastQuestion() {
        return lastQuestion;
    }

    public boolean retriesAllowed() {
        return session.module().quiz().allowsRetries();
    }

    /**
     * Marks and saves the answer, with the time from the question being shown to this check; the
     * feedback appears once it is saved.
     */
    public void check(Response response) {
        if (feedback.get() != null || tasks.isBusy()) {
            return;
        }
        Question current = question.get();
        long taken = millis.getAsLong() - shownAt;
        tasks.run(() -> session.answer(current, response, taken), feedback::set);
    }

    public void next() {
        if (feedback.get() == null) {
            return;
        }
        if (index.get() < questionCount() - 1) {
            feedback.set(null);
            shownAt = millis.getAsLong();
            index.set(index.get() + 1);
            return;
        }
        tasks.run(session::finish, result::set);
    }

    /** The questions of this attempt not fully right, for "look at what I missed", read on a worker thread. */
    public void loadMissed(Consumer<List<AnsweredQuestion>> show) {
        tasks.run(session::notFullyRight, show);
    }

    public void home() {
        onHome.run();
    }

    public void retry() {
        onRetry.run();
    }
}
