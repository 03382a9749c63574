package jaga.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validator's rules for questions (in the quiz and in a lesson's check steps, one set of ids
 * for both): every question can be answered (right choices marked, at least two items or pairs,
 * no two the same) and says why; the quiz's pass mark and pool add up.
 */
final class QuestionRules {
    private final ModuleProblems problems;
    private final TextRules texts;
    private final ThreadRules threads;
    private final Set<String> questionIds = new HashSet<>();

    QuestionRules(ModuleProblems problems, TextRules texts, ThreadRules threads) {
        this.problems = problems;
        this.texts = texts;
        this.threads = threads;
    }

    void quiz(String path, Quiz quiz) {
        if (problems.required(path, "passMark", quiz.passMark()) && (quiz.passMark() < 0 || quiz.passMark() > 100)) {
            problems.error(JsonPaths.child(path, "passMark"), "pass mark must be between 0 and 100, not " + quiz.passMark());
        }
        if (!problems.nonEmpty(path, "questions", quiz.questions())) {
            return;
        }
        String questionsPath = JsonPaths.child(path, "questions");
        for (int i = 0; i < quiz.questions().size(); i++) {
            question(JsonPaths.index(questionsPath, i), quiz.questions().get(i));
        }
        String poolPath = JsonPaths.child(path, "pool");
        if (quiz.pool() != null && problems.required(poolPath, "draw", quiz.pool().draw())) {
            int draw = quiz.pool().draw();
            if (draw < 1 || draw > quiz.questions().size()) {
                problems.error(JsonPaths.child(poolPath, "draw"), "the pool draws " + draw + " questions but the quiz has "
                        + quiz.questions().size());
            }
        }
    }

    void question(String path, Question question) {
        if (!problems.notNull(path, question, "question")) {
            return;
        }
        problems.uniqueId(path, question.id(), questionIds, "question");
        texts.learnerText(path, "prompt", question.prompt());
        texts.learnerText(path, "explanation", question.explanation());
        if (question instanceof Question.Single single) {
            choices(path, single.choices(), true);
        } else if (question instanceof Question.Multiple multiple) {
            choices(path, multiple.choices(), false);
        } else if (question instanceof Question.TrueFalse trueFalse) {
            problems.required(path, "answer", trueFalse.answer());
            texts.learnerText(path, "feedbackTrue", trueFalse.feedbackTrue());
            texts.learnerText(path, "feedbackFalse", trueFalse.feedbackFalse());
        } else if (question instanceof Question.Ordering ordering) {
            ordering(path, ordering);
        } else if (question instanceof Question.Matching matching) {
            matching(path, matching);
        } else if (question instanceof Question.SpotTheFlags flags) {
            outcomeFeedback(path, flags.feedback());
            Set<String> people = threads.participants(path, flags.participants());
            threads.flagMessages(path, flags.messages(), people);
        }
    }

    private void ordering(String path, Question.Ordering ordering) {
        outcomeFeedback(path, ordering.feedback());
        if (!problems.nonEmpty(path, "items", ordering.items())) {
            return;
        }
        problems.atLeastTwo(path, "items", ordering.items());
        String itemsPath = JsonPaths.child(path, "items");
        Set<String> ids = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            String itemPath = JsonPaths.index(itemsPath, i);
            Question.Item item = ordering.items().get(i);
            if (problems.notNull(itemPath, item, "item")) {
                problems.uniqueId(itemPath, item.id(), ids, "item");
                texts.learnerText(itemPath, "text", item.text());
                texts.distinct(itemPath, "text", item.text(), seen, "two items with the same text cannot be put in order");
            }
        }
    }

    private void matching(String path, Question.Matching matching) {
        outcomeFeedback(path, matching.feedback());
        if (!problems.nonEmpty(path, "pairs", matching.pairs())) {
            return;
        }
        problems.atLeastTwo(path, "pairs", matching.pairs());
        String pairsPath = JsonPaths.child(path, "pairs");
        Set<String> ids = new HashSet<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (int i = 0; i < matching.pairs().size(); i++) {
            String pairPath = JsonPaths.index(pairsPath, i);
            Question.Pair pair = matching.pairs().get(i);
            if (!problems.notNull(pairPath, pair, "pair")) {
                continue;
            }
            problems.uniqueId(pairPath, pair.id(), ids, "pair");
            if (pair.left() == null || pair.right() == null) {
                problems.error(pairPath, "pair '" + pair.id() + "' is missing its " + (pair.left() == null ? "left" : "right")
                        + "-hand side");
                continue;
            }
            texts.learnerText(pairPath, "left", pair.left());
            texts.learnerText(pairPath, "right", pair.right());
            texts.distinct(pairPath, "left", pair.left(), lefts, "two left-hand sides are the same, so the match is ambiguous");
            texts.distinct(pairPath, "right", pair.right(), rights, "two right-hand sides are the same, so the match is ambiguous");
        }
    }

    private void choices(String path, List<Choice> choices, boolean exactlyOne) {
        if (!problems.nonEmpty(path, "choices", choices)) {
            return;
        }
        String choicesPath = JsonPaths.child(path, "choices");
        problems.atLeastTwo(path, "choices", choices);
        Set<String> ids = new HashSet<>();
        int correct = 0;
        for (int i = 0; i < choices.size(); i++) {
            String choicePath = JsonPaths.index(choicesPath, i);
            Choice choice = choices.get(i);
            if (!problems.notNull(choicePath, choice, "choice")) {
                continue;
            }
            problems.uniqueId(choicePath, choice.id(), ids, "choice");
            texts.learnerText(choicePath, "text", choice.text());
            texts.learnerText(choicePath, "feedback", choice.feedback());
            correct += choice.correct() ? 1 : 0;
        }
        if (correct == 0) {
            problems.error(choicesPath, "no choice is marked correct");
        } else if (exactlyOne && correct > 1) {
            problems.error(choicesPath, "a single-choice question has exactly one correct choice, but " + correct
                    + " are marked correct");
        }
    }

    private void outcomeFeedback(String path, Question.OutcomeFeedback feedback) {
        if (problems.required(path, "feedback", feedback)) {
            String feedbackPath = JsonPaths.child(path, "feedback");
            texts.learnerText(feedbackPath, "correct", feedback.correct());
            texts.optionalText(feedbackPath, "partial", feedback.partial());
            texts.learnerText(feedbackPath, "incorrect", feedback.incorrect());
        }
    }
}
