package jaga.content;

import java.util.List;

/**
 * The graded part of a module. With a {@code pool}, each attempt draws that many questions.
 * Questions and choices are shuffled unless {@code shuffle} is false; {@code retries} allows
 * another attempt after finishing (default true).
 */
public record Quiz(Integer passMark, List<Question> questions, Pool pool, Boolean shuffle, Boolean retries) {
    public Quiz {
        questions = questions == null ? null : List.copyOf(questions);
    }

    public boolean shuffles() {
        return shuffle == null || shuffle;
    }

    public boolean allowsRetries() {
        return retries == null || retries;
    }

    /** How many questions one attempt asks. */
    public int questionsPerAttempt() {
        return pool == null || pool.draw() == null ? questions.size() : Math.min(pool.draw(), questions.size());
    }

    /** Draw this many questions at random for each attempt. */
    public record Pool(Integer draw) {}
}
