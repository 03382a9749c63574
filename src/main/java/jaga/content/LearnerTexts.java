package jaga.content;

import java.util.ArrayList;
import java.util.List;

/** Every text a module shows its audience (not teacher notes), for reading-level figures and read-aloud. */
public final class LearnerTexts {
    private LearnerTexts() {}

    public static List<LocalizedText> of(ContentModule module) {
        List<LocalizedText> texts = new ArrayList<>();
        add(texts, module.title(), module.summary());
        if (module.objectives() != null) {
            texts.addAll(module.objectives());
        }
        if (module.lessons() != null) {
            for (Lesson lesson : module.lessons()) {
                add(texts, lesson.title());
                lesson.steps().forEach(step -> step(texts, step));
            }
        }
        if (module.quiz() != null) {
            module.quiz().questions().forEach(question -> question(texts, question));
        }
        if (module.guide() != null) {
            module.guide().sections().forEach(section -> add(texts, section.heading(), section.body()));
            module.guide().conversationStarters().forEach(starter -> add(texts, starter.text()));
        }
        texts.removeIf(java.util.Objects::isNull);
        return texts;
    }

    private static void step(List<LocalizedText> texts, Step step) {
        if (step instanceof Step.Text text) {
            add(texts, text.text(), text.picture() == null ? null : text.picture().alt());
        } else if (step instanceof Step.Image image) {
            add(texts, image.alt(), image.caption());
        } else if (step instanceof Step.KeyPoints points) {
            add(texts, points.title());
            texts.addAll(points.points());
        } else if (step instanceof Step.Chat chat) {
            add(texts, chat.intro(), chat.place());
            for (ChatNode node : chat.nodes()) {
                node.messages().forEach(message -> add(texts, message.text()));
                if (node.choices() != null) {
                    node.choices().forEach(choice -> add(texts, choice.text(), choice.feedback()));
                }
                if (node.ending() != null) {
                    add(texts, node.ending().title(), node.ending().explanation());
                }
            }
        } else if (step instanceof Step.SpotTheFlags flags) {
            add(texts, flags.prompt());
            flags.messages().forEach(message -> add(texts, message.text(), message.why()));
        } else if (step instanceof Step.Check check) {
            question(texts, check.question());
        } else if (step instanceof Step.Help help) {
            add(texts, help.text());
        }
    }

    private static void question(List<LocalizedText> texts, Question question) {
        add(texts, question.prompt(), question.explanation());
        if (question instanceof Question.HasChoices choices) {
            choices.choices().forEach(choice -> add(texts, choice.text(), choice.feedback()));
        } else if (question instanceof Question.TrueFalse trueFalse) {
            add(texts, trueFalse.feedbackTrue(), trueFalse.feedbackFalse());
        } else if (question instanceof Question.Ordering ordering) {
            ordering.items().forEach(item -> add(texts, item.text()));
            outcome(texts, ordering.feedback());
        } else if (question instanceof Question.Matching matching) {
            matching.pairs().forEach(pair -> add(texts, pair.left(), pair.right()));
            outcome(texts, matching.feedback());
        } else if (question instanceof Question.SpotTheFlags flags) {
            add(texts, flags.prompt());
            flags.messages().forEach(message -> add(texts, message.text(), message.why()));
            outcome(texts, flags.feedback());
        }
    }

    private static void outcome(List<LocalizedText> texts, Question.OutcomeFeedback feedback) {
        add(texts, feedback.correct(), feedback.partial(), feedback.incorrect());
    }

    private static void add(List<LocalizedText> texts, LocalizedText... more) {
        for (LocalizedText text : more) {
            texts.add(text);
        }
    }
}
