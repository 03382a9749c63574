package jaga.learning;

import jaga.content.Choice;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.SingleChoiceQuestion;
import jaga.progress.QuizRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attempt at a module's quiz. Each answer is saved as soon as it is given, so closing the
 * app (or a crash) never loses what the child already answered.
 */
public final class QuizSession {
    private final ContentModule module;
    private final QuizRepository quizzes;
    private final long attemptId;
    private final Map<String, Boolean> correctByQuestion = new LinkedHashMap<>();

    QuizSession(ContentModule module, QuizRepository quizzes, long attemptId) {
        this.module = module;
        this.quizzes = quizzes;
        this.attemptId = attemptId;
    }

    public ContentModule module() {
        return module;
    }

    public List<Question> questions() {
        return module.quiz().questions();
    }

    public long attemptId() {
        return attemptId;
    }

    public AnswerFeedback answer(Question question, String choiceId) {
        if (!(question instanceof SingleChoiceQuestion single)) {
            throw new IllegalArgumentException("unsupported question type: " + question.getClass().getSimpleName());
        }
        Choice chosen = single.choice(choiceId)
                .orElseThrow(() -> new IllegalArgumentException("no choice '" + choiceId + "' in question " + question.id()));
        Choice correct = single.choices().stream().filter(Choice::correct).findFirst().orElseThrow();
        quizzes.recordAnswer(attemptId, question.id(), choiceId, chosen.correct() ? 1.0 : 0.0);
        correctByQuestion.put(question.id(), chosen.correct());
        return new AnswerFeedback(chosen.correct(), chosen.feedback(), question.explanation(), correct);
    }

    public int answered() {
        return correctByQuestion.size();
    }

    public QuizResult finish() {
        int correct = (int) correctByQuestion.values().stream().filter(Boolean::booleanValue).count();
        QuizResult result = QuizResult.of(correct, questions().size(), module.quiz().passMark());
        quizzes.finishAttempt(attemptId, result.scorePercent(), result.passed());
        return result;
    }
}
