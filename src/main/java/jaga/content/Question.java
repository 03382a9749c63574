package jaga.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;

/**
 * A question, in a quiz or as a lesson check. The JSON "type" property picks the kind.
 * {@code shuffle} (default true) lets the player mix the order of choices; set it false when the
 * order matters, as with "all of the above".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Question.Single.class, name = "single"),
        @JsonSubTypes.Type(value = Question.Multiple.class, name = "multiple"),
        @JsonSubTypes.Type(value = Question.TrueFalse.class, name = "trueFalse"),
        @JsonSubTypes.Type(value = Question.Ordering.class, name = "ordering"),
        @JsonSubTypes.Type(value = Question.Matching.class, name = "matching"),
        @JsonSubTypes.Type(value = Question.SpotTheFlags.class, name = "spotTheFlags")})
public sealed interface Question {
    String id();

    LocalizedText prompt();

    LocalizedText explanation();

    /** Pick one; exactly one choice is correct. */
    record Single(String id, LocalizedText prompt, List<Choice> choices, LocalizedText explanation, Boolean shuffle)
            implements Question, HasChoices {
        public Single {
            choices = choices == null ? null : List.copyOf(choices);
        }
    }

    /** Pick all that apply; at least one choice is correct. */
    record Multiple(String id, LocalizedText prompt, List<Choice> choices, LocalizedText explanation, Boolean shuffle)
            implements Question, HasChoices {
        public Multiple {
            choices = choices == null ? null : List.copyOf(choices);
        }
    }

    /** A statement that is true or false, with feedback for each answer. */
    record TrueFalse(String id, LocalizedText prompt, Boolean answer, LocalizedText feedbackTrue,
                     LocalizedText feedbackFalse, LocalizedText explanation) implements Question {}

    /** Put the items in order; they are written here in the right order. */
    record Ordering(String id, LocalizedText prompt, List<Item> items, OutcomeFeedback feedback,
                    LocalizedText explanation) implements Question {
        public Ordering {
            items = items == null ? null : List.copyOf(items);
        }
    }

    /** Match each left-hand item to its right-hand partner. */
    record Matching(String id, LocalizedText prompt, List<Pair> pairs, OutcomeFeedback feedback,
                    LocalizedText explanation, Boolean shuffle) implements Question {
        public Matching {
            pairs = pairs == null ? null : List.copyOf(pairs);
        }
    }

    /** Mark the messages that are red flags. */
    record SpotTheFlags(String id, LocalizedText prompt, List<Participant> participants, List<FlagMessage> messages,
                        OutcomeFeedback feedback, LocalizedText explanation) implements Question {
        public SpotTheFlags {
            participants = participants == null ? null : List.copyOf(participants);
            messages = messages == null ? null : List.copyOf(messages);
        }
    }

    /** Questions whose answer is one or more of a list of choices. */
    interface HasChoices {
        List<Choice> choices();

        Boolean shuffle();

        default Optional<Choice> choice(String choiceId) {
            return choices().stream().filter(c -> c.id().equals(choiceId)).findFirst();
        }
    }

    /** An item to put in order. */
    record Item(String id, LocalizedText text) {}

    /** A matching pair: a left-hand prompt and its right-hand partner. */
    record Pair(String id, LocalizedText left, LocalizedText right) {}

    /** Feedback for questions answered as a whole: all right, partly right, or not right. */
    record OutcomeFeedback(LocalizedText correct, LocalizedText partial, LocalizedText incorrect) {}
}
