package jaga.ui.quiz;

import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.QuizResult;
import jaga.learning.QuizSession;
import jaga.learning.Response;
import jaga.ui.common.Background;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One question at a time: answer, check, read the feedback, go on. The answer is saved when
 * the learner checks it, before the feedback shows.
 */
public final class QuizViewModel {
    private final QuizSession session;
    private final Background background;
    private final Runnable onHome;
    private final Runnable onRetry;

    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ObjectProperty<AnswerFeedback> feedback = new SimpleObjectProperty<>();
    private final ObjectProperty<QuizResult> result = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
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
        this.background = background;
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
        if (session.firstUnanswered() == questionCount() && result.get() == null && !saving.get()) {
            saving.set(true);
            background.run(session::finish, finished -> {
                saving.set(false);
                result.set(finished);
            }, failure -> {
                saving.set(false);
                error.set(failure.getMessage());
            });
        }
    }

    public QuizSession session() {
        return session;
    }

    public ObjectBinding<Question> questionBinding() {
        return question;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public int questionCount() {
        return session.questions().size();
    }

    public ObjectProperty<AnswerFeedback> feedbackProperty() {
        return feedback;
    }

    public ObjectProperty<QuizResult> resultProperty() {
        return result;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty savingProperty() {
        return saving;
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
        if (feedback.get() != null || saving.get()) {
            return;
        }
        Question current = question.get();
        long taken = millis.getAsLong() - shownAt;
        saving.set(true);
        background.run(() -> session.answer(current, response, taken), answer -> {
            saving.set(false);
            error.set("");
            feedback.set(answer);
        }, failure -> {
            saving.set(false);
            error.set(failure.getMessage());
        });
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
        saving.set(true);
        background.run(session::finish, finished -> {
            saving.set(false);
            result.set(finished);
        }, failure -> {
            saving.set(false);
            error.set(failure.getMessage());
        });
    }

    /** The questions of this attempt not fully right, for "look at what I missed", read on a worker thread. */
    public void loadMissed(java.util.function.Consumer<java.util.List<jaga.learning.AnsweredQuestion>> show) {
        background.run(session::notFullyRight, show, failure -> error.set(failure.getMessage()));
    }

    public void home() {
        onHome.run();
    }

    public void retry() {
        onRetry.run();
    }
}
