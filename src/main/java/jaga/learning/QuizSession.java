package jaga.learning;

import jaga.content.Choice;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.content.Quiz;
import jaga.progress.BadgeRepository;
import jaga.progress.QuizRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One attempt at a module's quiz: the questions drawn for it, in the order asked. Each answer
 * is saved as soon as it is given, so closing the app (or a crash) never loses what the child
 * already answered.
 */
public final class QuizSession {
    private final ContentModule module;
    private final QuizRepository quizzes;
    private final long attemptId;
    private final List<Question> asked;
    private final Map<String, Double> creditByQuestion = new LinkedHashMap<>();
    private final long learnerId;
    private final BadgeRepository badges;

    QuizSession(ContentModule module, QuizRepository quizzes, long attemptId, long learnerId, BadgeRepository badges) {
        this.module = module;
        this.quizzes = quizzes;
        this.learnerId = learnerId;
        this.badges = badges;
        this.attemptId = attemptId;
        this.asked = draw(module.quiz(), random());
    }

    /** The pool draw and question order, fixed for the attempt so a resumed attempt asks the same. */
    private static List<Question> draw(Quiz quiz, Random random) {
        List<Question> questions = new ArrayList<>(quiz.questions());
        if (quiz.questionsPerAttempt() < questions.size()) {
            Collections.shuffle(questions, random);
            questions = new ArrayList<>(questions.subList(0, quiz.questionsPerAttempt()));
            if (!quiz.shuffles()) {
                questions.sort(java.util.Comparator.comparingInt(quiz.questions()::indexOf));
            }
        } else if (quiz.shuffles()) {
            Collections.shuffle(questions, random);
        }
        return List.copyOf(questions);
    }

    private Random random() {
        return new Random(attemptId * 31 + module.id().hashCode());
    }

    /** An attempt taken up again: the answers already saved count, and the quiz goes on after them. */
    void restore(List<QuizRepository.RecordedAnswer> saved) {
        for (QuizRepository.RecordedAnswer answer : saved) {
            if (asked.stream().anyMatch(question -> question.id().equals(answer.questionId()))) {
                creditByQuestion.put(answer.questionId(), answer.credit());
            }
        }
    }

    /** The place of the first question not answered yet in this attempt ({@code questions().size()} when all are). */
    public int firstUnanswered() {
        for (int i = 0; i < asked.size(); i++) {
            if (!creditByQuestion.containsKey(asked.get(i).id())) {
                return i;
            }
        }
        return asked.size();
    }

    public ContentModule module() {
        return module;
    }

    static String badgeFor(ContentModule module) {
        return "module-done:" + module.id();
    }

    public List<Question> questions() {
        return asked;
    }

    public long attemptId() {
        return attemptId;
    }

    /** A question's choices in the order to show them: mixed unless the author said not to. */
    public List<Choice> choicesInOrder(Question.HasChoices question) {
        List<Choice> choices = new ArrayList<>(question.choices());
        boolean shuffle = module.quiz().shuffles() && !Boolean.FALSE.equals(question.shuffle());
        if (shuffle) {
            Collections.shuffle(choices, new Random(attemptId * 17 + ((Question) question).id().hashCode()));
        }
        return choices;
    }

    public AnswerFeedback answer(Question question, Response response) {
        return answer(question, response, null);
    }

    /**
     * Marks and saves an answer with how long the child took, from the question being shown to the
     * answer being checked (null when not known, as for answers from older exports).
     */
    public AnswerFeedback answer(Question question, Response response, Long timeTakenMs) {
        AnswerFeedback feedback = Scoring.mark(question, response);
        quizzes.recordAnswer(attemptId, question.id(), response.encode(), feedback.credit(),
                timeTakenMs == null ? null : Math.max(0, timeTakenMs));
        creditByQuestion.put(question.id(), feedback.credit());
        return feedback;
    }

    public int answered() {
        return creditByQuestion.size();
    }

    public int fullyRight() {
        return (int) creditByQuestion.values().stream().filter(credit -> credit >= 1).count();
    }

    /**
     * The questions of this attempt answered wrong or partly right, in the order asked, each with
     * the answer as saved, marked again: what "review what you missed" goes through.
     */
    public List<AnsweredQuestion> notFullyRight() {
        Map<String, String> saved = new LinkedHashMap<>();
        quizzes.answers(attemptId).forEach(answer -> saved.put(answer.questionId(), answer.response()));
        List<AnsweredQuestion> missed = new ArrayList<>();
        for (Question question : asked) {
            if (saved.containsKey(question.id())) {
                Response response = Response.decode(question, saved.get(question.id()));
                AnswerFeedback feedback = Scoring.mark(question, response);
                if (!feedback.correct()) {
                    missed.add(new AnsweredQuestion(question, response, feedback));
                }
            }
        }
        return missed;
    }

    public QuizResult finish() {
        double credits = creditByQuestion.values().stream().mapToDouble(Double::doubleValue).sum();
        QuizResult result = QuizResult.of(credits, fullyRight(), asked.size(), module.quiz().passMark());
        quizzes.finishAttempt(attemptId, result.scorePercent(), result.passed());
        if (result.passed()) {
            // One badge per module, the first time it is passed.
            return result.withBadge(badges.award(learnerId, badgeFor(module), module.id()));
        }
        return result;
    }
}
