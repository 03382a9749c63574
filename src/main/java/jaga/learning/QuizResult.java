package jaga.learning;

/**
 * The end of a quiz. Credits add up across questions (partial credit counts); the score is
 * their share of the questions asked, as a whole percentage.
 */
public record QuizResult(int fullyRight, int questions, int scorePercent, int passMark, boolean passed,
                         boolean badgeEarned) {

    static QuizResult of(double credits, int fullyRight, int questions, int passMark) {
        int percent = questions == 0 ? 0 : (int) Math.round(100.0 * credits / questions);
        return new QuizResult(fullyRight, questions, percent, passMark, percent >= passMark, false);
    }

    QuizResult withBadge(boolean earned) {
        return new QuizResult(fullyRight, questions, scorePercent, passMark, passed, earned);
    }
}
