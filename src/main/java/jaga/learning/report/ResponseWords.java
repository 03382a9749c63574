package jaga.learning.report;

import jaga.content.LocalizedText;
import jaga.content.Question;
import jaga.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an answer as stored in quiz_answer.response (see {@link jaga.learning.Response#encode()})
 * back into words an adult can read, in English and Bahasa Melayu: choice ids become the choice
 * texts, an order becomes the items in that order, and so on. An id the question no longer has is
 * shown as the id in brackets, never an error.
 */
public final class ResponseWords {
    /** The languages reports are made in. */
    public static final List<String> LANGUAGES = Language.codes();

    private static final LocalizedText TRUE = LocalizedText.of("True", "Betul");
    private static final LocalizedText FALSE = LocalizedText.of("False", "Salah");
    private static final LocalizedText NOTHING = LocalizedText.of("(nothing chosen)", "(tiada yang dipilih)");

    private ResponseWords() {}

    public static LocalizedText describe(Question question, String response) {
        String stored = response == null ? "" : response.strip();
        if (question instanceof Question.HasChoices choices) {
            return join(ids(stored, ","), id -> choices.choice(id).map(c -> c.text()).orElse(null), "; ");
        }
        if (question instanceof Question.TrueFalse) {
            return switch (stored) {
                case "true" -> TRUE;
                case "false" -> FALSE;
                default -> unknown(stored);
            };
        }
        if (question instanceof Question.Ordering ordering) {
            return join(ids(stored, ">"), id -> ordering.items().stream().filter(i -> i.id().equals(id))
                    .map(Question.Item::text).findFirst().orElse(null), " \u2192 ");
        }
        if (question instanceof Question.Matching matching) {
            return matches(matching, stored);
        }
        if (question instanceof Question.SpotTheFlags flags) {
            return join(ids(stored, ","), id -> flags.messages().stream().filter(m -> m.id().equals(id))
                    .map(m -> quoted(m.text())).findFirst().orElse(null), "; ");
        }
        return unknown(stored);
    }

    /**
     * For a question whose answer is a set of marks (pick-all-that-apply, spot-the-flags): the
     * items the answer left unmarked although they are right ({@code missed}) and those it marked
     * although they are wrong ({@code wronglyMarked}), by id. Empty for any other question.
     */
    public static java.util.Optional<Marks> marks(Question question, String response) {
        return jaga.learning.Scoring.marks(question, ids(response == null ? "" : response.strip(), ","))
                .map(marks -> new Marks(marks.missed(), marks.wronglyMarked()));
    }

    /** One item of a marks question in words: a choice's text, or a message in quotes. */
    public static LocalizedText item(Question question, String id) {
        LocalizedText found = null;
        if (question instanceof Question.HasChoices choices) {
            found = choices.choice(id).map(c -> c.text()).orElse(null);
        } else if (question instanceof Question.SpotTheFlags flags) {
            found = flags.messages().stream().filter(m -> m.id().equals(id)).map(m -> quoted(m.text())).findFirst()
                    .orElse(null);
        }
        return found == null ? unknown(id) : found;
    }

    /** Item ids left unmarked though right, and marked though wrong. */
    public record Marks(List<String> missed, List<String> wronglyMarked) {}

    private static LocalizedText matches(Question.Matching matching, String stored) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            List<String> parts = new ArrayList<>();
            for (String pair : ids(stored, ";")) {
                String[] sides = pair.split("=", 2);
                String left = side(matching, sides[0], true, language);
                String right = sides.length < 2 ? "?" : side(matching, sides[1], false, language);
                parts.add(left + " \u2192 " + right);
            }
            out.put(language, parts.isEmpty() ? NOTHING.in(language) : String.join("; ", parts));
        }
        return new LocalizedText(out);
    }

    private static String side(Question.Matching matching, String pairId, boolean left, String language) {
        return matching.pairs().stream().filter(p -> p.id().equals(pairId))
                .map(p -> (left ? p.left() : p.right()).in(language)).findFirst().orElse("[" + pairId + "]");
    }

    private static LocalizedText quoted(LocalizedText text) {
        Map<String, String> out = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> out.put(language, "\u201c" + text.in(language) + "\u201d"));
        return new LocalizedText(out);
    }

    private static List<String> ids(String stored, String separator) {
        if (stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(java.util.regex.Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static LocalizedText join(List<String> ids, Function<String, LocalizedText> text, String separator) {
        if (ids.isEmpty()) {
            return NOTHING;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            out.put(language, String.join(separator, ids.stream().map(id -> {
                LocalizedText found = text.apply(id);
                return found == null ? "[" + id + "]" : found.in(language);
            }).toList()));
        }
        return new LocalizedText(out);
    }

    private static LocalizedText unknown(String stored) {
        return LocalizedText.of("[" + stored + "]", "[" + stored + "]");
    }
}
