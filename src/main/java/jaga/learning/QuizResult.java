package jaga.learning;

/** The end of a quiz: score as a whole percentage and whether it reached the pass mark. */
public record QuizResult(int correctAnswers, int questions, int scorePercent, int passMark, boolean passed) {

    static QuizResult of(int correct, int total, int passMark) {
        int percent = total == 0 ? 0 : (int) Math.round(100.0 * correct / total);
        return new QuizResult(correct, total, percent, passMark, percent >= passMark);
    }
}
