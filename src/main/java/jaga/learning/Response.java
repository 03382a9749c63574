package jaga.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What a learner answered, in a form that is scored and saved as one line of text. */
public sealed interface Response {

    /** The text stored with the answer, stable and readable in an export. */
    String encode();

    /** Choices picked (one for a single-choice question). */
    record Choices(Set<String> choiceIds) implements Response {
        public Choices {
            choiceIds = Set.copyOf(choiceIds);
        }

        public static Choices of(String... ids) {
            return new Choices(Set.of(ids));
        }

        @Override
        public String encode() {
            return String.join(",", new TreeSet<>(choiceIds));
        }
    }

    record TrueOrFalse(boolean value) implements Response {
        @Override
        public String encode() {
            return Boolean.toString(value);
        }
    }

    /** Item ids in the order the learner put them. */
    record Order(List<String> itemIds) implements Response {
        public Order {
            itemIds = List.copyOf(itemIds);
        }

        @Override
        public String encode() {
            return String.join(">", itemIds);
        }
    }

    /** For each pair's left side (by pair id), the pair whose right side the learner matched to it. */
    record Matches(Map<String, String> rightByLeft) implements Response {
        public Matches {
            rightByLeft = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rightByLeft));
        }

        @Override
        public String encode() {
            return rightByLeft.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        }
    }

    /** Messages the learner marked as red flags. */
    record Flags(Set<String> messageIds) implements Response {
        public Flags {
            messageIds = Set.copyOf(messageIds);
        }

        @Override
        public String encode() {
            return String.join(",", new TreeSet<>(messageIds));
        }
    }
}
