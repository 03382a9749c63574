package jaga.content.gift;

import java.util.List;

/**
 * One question as the GIFT file wrote it, before it becomes a Jaga question.
 *
 * @param line              the line where the question starts (after comments)
 * @param kind              what the answer part makes it
 * @param title             the {@code ::title::}, or null
 * @param id                the {@code [id:...]} from a comment before it, or null
 * @param tags              the {@code [tag:...]}s from comments before it
 * @param stem              the question text; for a missing-word question the answers' place is "_____"
 * @param embedded          whether the answers sat in the middle of the text (missing word)
 * @param generalFeedback   the {@code ####} feedback, or null
 * @param choices           multiple choice and short answer: the answers in order
 * @param pairs             matching: the pairs in order
 * @param isTrue            true/false: the right answer
 * @param firstFeedback     true/false: the text after the first {@code #} (Moodle shows it for a wrong answer)
 * @param secondFeedback    true/false: the text after the second {@code #} (Moodle shows it for a right answer)
 */
public record GiftQuestion(int line, Kind kind, String title, String id, List<String> tags, GiftText stem,
                           boolean embedded, GiftText generalFeedback, List<GiftChoice> choices, List<GiftPair> pairs,
                           Boolean isTrue, GiftText firstFeedback, GiftText secondFeedback) {

    public GiftQuestion {
        tags = List.copyOf(tags);
        choices = List.copyOf(choices);
        pairs = List.copyOf(pairs);
    }

    /** GIFT's question types. */
    public enum Kind {
        MULTIPLE_CHOICE("multiple choice"),
        TRUE_FALSE("true/false"),
        MATCHING("matching"),
        SHORT_ANSWER("short answer"),
        NUMERICAL("numerical"),
        ESSAY("essay"),
        DESCRIPTION("description");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** The type in plain words, for messages. */
        public String words() {
            return words;
        }
    }
}
