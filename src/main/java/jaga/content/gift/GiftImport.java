package jaga.content.gift;

import jaga.content.Choice;
import jaga.content.LocalizedText;
import jaga.content.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns GIFT questions into Jaga questions.
 *
 * <ul>
 *   <li>Multiple choice with one full-marks answer becomes {@code single}; other answers with
 *       partial credit are then marked wrong (Jaga scores a pick-one question right or wrong), with a
 *       warning. With weights that share the marks between several answers ({@code ~%50%}) it becomes
 *       {@code multiple}: the answers worth more than 0% are the ones to pick, and Jaga's own partial
 *       credit applies. Several {@code =} answers also become {@code multiple}, with a warning.
 *       A missing-word question ({@code Grant is {~buried =entombed} in...}) works the same, with
 *       "_____" in the prompt.</li>
 *   <li>True/false becomes {@code trueFalse}. As in Moodle, the first {@code #} feedback is for a
 *       wrong answer and the second for a right one.</li>
 *   <li>Matching becomes {@code matching}; a pair with no left side (a Moodle distractor) is left
 *       out with a warning.</li>
 *   <li>Short answer, numerical, essay and description are reported as unsupported and skipped.</li>
 * </ul>
 * The file is in one language: its text is written under both "en" and "ms" (see
 * docs/decisions/0003-imported-quizzes-in-one-language.md). Feedback the file does not give is
 * filled in with short texts written in both languages. HTML is turned into Jaga's light markup.
 */
public final class GiftImport {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IMAGE = Pattern.compile("<img\\b", Pattern.CASE_INSENSITIVE);

    private GiftImport() {}

    /** The questions Jaga can use, and every problem (the parser's and this mapping's) by line. */
    public record Result(List<Question> questions, List<GiftProblem> problems) {
        public Result {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(GiftProblem::error);
        }
    }

    public static Result convert(GiftFile file) {
        List<GiftProblem> problems = new ArrayList<>(file.problems());
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (GiftQuestion gift : file.questions()) {
            number++;
            String id = questionId(gift, number, ids);
            boolean supported = switch (gift.kind()) {
                case MULTIPLE_CHOICE, TRUE_FALSE, MATCHING -> true;
                default -> false;
            };
            if (supported && pictureLeftOut(gift)) {
                problems.add(GiftProblem.warning(gift.line(), "the question at line " + gift.line()
                        + " has a picture, which was left out (Jaga imports the text only; add the picture to the"
                        + " module folder and the lesson by hand)"));
            }
            if (supported && jagaText(gift.stem()).isBlank()) {
                problems.add(GiftProblem.error(gift.line(), "the question at line " + gift.line()
                        + " has no text Jaga can show; it was skipped"));
                ids.remove(id);
                continue;
            }
            Question question = switch (gift.kind()) {
                case MULTIPLE_CHOICE -> choiceQuestion(gift, id, problems);
                case TRUE_FALSE -> trueFalse(gift, id);
                case MATCHING -> matching(gift, id, problems);
                case SHORT_ANSWER, NUMERICAL, ESSAY, DESCRIPTION -> {
                    problems.add(GiftProblem.error(gift.line(), "unsupported question type at line " + gift.line()
                            + ": " + gift.kind().words() + " (" + reason(gift.kind()) + "); it was skipped"));
                    yield null;
                }
            };
            if (question != null) {
                questions.add(question);
            } else {
                ids.remove(id);
            }
        }
        problems.sort(Comparator.comparingInt(GiftProblem::line));
        return new Result(questions, problems);
    }

    private static boolean pictureLeftOut(GiftQuestion gift) {
        Stream<GiftText> texts = Stream.concat(Stream.of(gift.stem(), gift.generalFeedback()),
                Stream.concat(gift.choices().stream().flatMap(c -> Stream.of(c.text(), c.feedback())),
                        gift.pairs().stream().map(GiftPair::left)));
        return texts.anyMatch(t -> t != null && t.format().equals("html") && IMAGE.matcher(t.text()).find());
    }

    private static String reason(GiftQuestion.Kind kind) {
        return switch (kind) {
            case SHORT_ANSWER, NUMERICAL -> "Jaga cannot mark typed answers";
            case ESSAY -> "Jaga cannot mark written answers";
            case DESCRIPTION -> "it has no answers; put the text in the lesson instead";
            default -> "";
        };
    }

    private static Question choiceQuestion(GiftQuestion gift, String id, List<GiftProblem> problems) {
        List<GiftChoice> choices = gift.choices();
        int line = gift.line();
        if (choices.size() < 2) {
            problems.add(GiftProblem.error(line, "the question at line " + line
                    + " needs at least two answers to choose from; it was skipped"));
            return null;
        }
        for (GiftChoice choice : choices) {
            if (jagaText(choice.text()).isBlank()) {
                problems.add(GiftProblem.error(choice.line(), "the answer at line " + choice.line()
                        + " has no text Jaga can show; the question was skipped"));
                return null;
            }
        }
        long full = choices.stream().filter(c -> c.percent() >= 99.99).count();
        boolean anyPositive = choices.stream().anyMatch(c -> c.percent() > 0);
        if (!anyPositive) {
            problems.add(GiftProblem.error(line, "the question at line " + line
                    + " has no right answer (mark one with '=' or a positive %weight%); it was skipped"));
            return null;
        }
        boolean single = full == 1;
        if (single) {
            choices.stream().filter(c -> c.percent() > 0 && c.percent() < 99.99).forEach(c -> problems.add(
                    GiftProblem.warning(c.line(), "the answer at line " + c.line() + " gave partial credit in Moodle;"
                            + " in Jaga only the full-marks answer is right")));
        } else if (full > 1) {
            problems.add(GiftProblem.warning(line, "the question at line " + line + " has " + full
                    + " right answers: in Jaga the learner picks all of them"));
        }
        List<Choice> mapped = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            GiftChoice choice = choices.get(i);
            boolean correct = single ? choice.percent() >= 99.99 : choice.percent() > 0;
            LocalizedText feedback = choice.feedback() != null && !jagaText(choice.feedback()).isBlank()
                    ? same(choice.feedback())
                    : correct ? LocalizedText.of("Yes, that's right.", "Ya, betul.")
                    : LocalizedText.of("Not quite.", "Belum tepat.");
            mapped.add(new Choice("choice-" + (i + 1), same(choice.text()), correct, feedback));
        }
        LocalizedText explanation = explanation(gift);
        return single
                ? new Question.Single(id, same(gift.stem()), mapped, explanation, null)
                : new Question.Multiple(id, same(gift.stem()), mapped, explanation, null);
    }

    private static Question trueFalse(GiftQuestion gift, String id) {
        boolean answer = gift.isTrue();
        GiftText wrong = shown(gift.firstFeedback());
        GiftText right = shown(gift.secondFeedback());
        LocalizedText rightText = right != null ? same(right) : answer
                ? LocalizedText.of("Right. It is true.", "Betul. Ia benar.")
                : LocalizedText.of("Right. It is false.", "Betul. Ia salah.");
        LocalizedText wrongText = wrong != null ? same(wrong) : answer
                ? LocalizedText.of("Not quite. It is true.", "Belum tepat. Ia benar.")
                : LocalizedText.of("Not quite. It is false.", "Belum tepat. Ia salah.");
        return new Question.TrueFalse(id, same(gift.stem()), answer, answer ? rightText : wrongText,
                answer ? wrongText : rightText, explanation(gift));
    }

    /** The text, or null when nothing of it would show (an html picture alone, say). */
    private static GiftText shown(GiftText text) {
        return text == null || jagaText(text).isBlank() ? null : text;
    }

    private static Question matching(GiftQuestion gift, String id, List<GiftProblem> problems) {
        List<Question.Pair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (GiftPair pair : gift.pairs()) {
            String left = jagaText(pair.left());
            if (left.isBlank()) {
                problems.add(GiftProblem.warning(pair.line(), "the pair at line " + pair.line() + " has no left side"
                        + " (an extra answer in Moodle); Jaga has no extra answers, so it was left out"));
                continue;
            }
            if (!lefts.add(left) || !rights.add(pair.right())) {
                problems.add(GiftProblem.error(pair.line(), "the pair at line " + pair.line()
                        + " repeats a side of another pair; Jaga needs every side to be different, so the question"
                        + " was skipped"));
                return null;
            }
            pairs.add(new Question.Pair("pair-" + (pairs.size() + 1), LocalizedText.of(left, left),
                    LocalizedText.of(pair.right(), pair.right())));
        }
        if (pairs.size() < 2) {
            problems.add(GiftProblem.error(gift.line(), "the matching question at line " + gift.line()
                    + " needs at least two pairs; it was skipped"));
            return null;
        }
        Question.OutcomeFeedback feedback = new Question.OutcomeFeedback(
                LocalizedText.of("All matched.", "Semua padan."), null,
                LocalizedText.of("Look again at each pair.", "Lihat semula setiap pasangan."));
        return new Question.Matching(id, same(gift.stem()), pairs, feedback, explanation(gift), null);
    }

    private static LocalizedText explanation(GiftQuestion gift) {
        return gift.generalFeedback() != null && !jagaText(gift.generalFeedback()).isBlank()
                ? same(gift.generalFeedback())
                : LocalizedText.of("Ask your teacher if you are not sure why.",
                        "Tanya guru kamu jika kamu tidak pasti sebabnya.");
    }

    /** The file's text under both languages. */
    private static LocalizedText same(GiftText text) {
        String value = jagaText(text);
        return LocalizedText.of(value, value);
    }

    private static String questionId(GiftQuestion gift, int number, Set<String> used) {
        String id = null;
        if (gift.title() != null) {
            String slug = gift.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (slug.length() > 40) {
                slug = slug.substring(0, 40).replaceAll("-+$", "");
            }
            if (KEBAB.matcher(slug).matches() && !used.contains(slug)) {
                id = slug;
            }
        }
        if (id == null) {
            id = "question-" + number;
            int n = 2;
            while (used.contains(id)) {
                id = "question-" + number + "-" + n++;
            }
        }
        used.add(id);
        return id;
    }

    // ---- formats -------------------------------------------------------------------------------

    private static final Pattern BOLD = Pattern.compile("<(b|strong)>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> ENTITIES = Map.of("nbsp", " ", "amp", "&", "lt", "<", "gt", ">",
            "quot", "\"", "apos", "'");

    /**
     * Text as Jaga shows it: html becomes plain text with **bold** and paragraphs kept; moodle,
     * plain and markdown text is kept as written.
     */
    public static String jagaText(GiftText text) {
        if (!text.format().equals("html")) {
            return text.text().strip();
        }
        String s = text.text().replaceAll("\\s*\n\\s*", " ");
        s = BOLD.matcher(s).replaceAll("**$2**");
        s = s.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>|</li>|</h[1-6]>", "\n\n");
        s = s.replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]*>", "");
        Matcher entity = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = entity.group();
            try {
                if (name.startsWith("#x") || name.startsWith("#X")) {
                    replacement = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                } else if (name.startsWith("#")) {
                    replacement = new String(Character.toChars(Integer.parseInt(name.substring(1))));
                } else {
                    replacement = ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), entity.group());
                }
            } catch (IllegalArgumentException e) {
                // not a character: keep the text as written
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n[ \t]+", "\n")
                .replaceAll("\n{3,}", "\n\n").replaceAll("[ \t]{2,}", " ").strip();
    }
}
