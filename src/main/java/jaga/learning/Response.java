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

    /**
     * Reads an answer back from its stored text ({@link #encode()}), as the answer to this
     * question's type, so a saved answer can be shown and marked again.
     */
    public static Response decode(jaga.content.Question question, String stored) {
        String text = stored == null ? "" : stored.strip();
        if (question instanceof jaga.content.Question.HasChoices) {
            return new Choices(Set.copyOf(parts(text, ",")));
        }
        if (question instanceof jaga.content.Question.TrueFalse) {
            return new TrueOrFalse(Boolean.parseBoolean(text));
        }
        if (question instanceof jaga.content.Question.Ordering) {
            return new Order(parts(text, ">"));
        }
        if (question instanceof jaga.content.Question.Matching) {
            Map<String, String> matches = new LinkedHashMap<>();
            for (String pair : parts(text, ";")) {
                String[] sides = pair.split("=", 2);
                if (sides.length == 2) {
                    matches.put(sides[0].strip(), sides[1].strip());
                }
            }
            return new Matches(matches);
        }
        return new Flags(Set.copyOf(parts(text, ",")));
    }

    private static List<String> parts(String text, String separator) {
        return java.util.Arrays.stream(text.split(java.util.regex.Pattern.quote(separator))).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

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
