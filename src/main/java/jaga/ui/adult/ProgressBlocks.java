package jaga.ui.adult;

import jaga.learning.report.MissedQuestionRow;
import jaga.learning.report.ModuleRow;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The pieces the Progress page's family, class and child views are made of, made the same way in each. */
final class ProgressBlocks {
    private final ProgressViewModel model;
    private final I18n i18n;

    ProgressBlocks(ProgressViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** A card with a heading, for one part of a report. */
    VBox section(String titleKey) {
        Label heading = new Label(i18n.get(titleKey));
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        VBox section = new VBox(heading);
        section.getStyleClass().addAll("card", "progress-section");
        return section;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("card-title");
        label.setWrapText(true);
        return label;
    }

    static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("card-summary");
        return label;
    }

    /** A learner's name that opens their own progress. */
    Hyperlink learnerLink(long learnerId, String name) {
        Hyperlink link = ScriptText.names(new Hyperlink(name));
        link.setId("openLearner-" + learnerId);
        link.getStyleClass().add("learner-link");
        link.setOnAction(e -> model.openLearner(learnerId));
        return link;
    }

    /** Where a learner is with a module, in words ("Done, 80%"), for the class grid and a child's table. */
    String cellText(ModuleRow cell) {
        return switch (cell.state()) {
            case DONE -> i18n.get("adult.grid.done", AdultFormat.score(cell.bestScore(), i18n));
            case IN_PROGRESS -> cell.bestScore() == null ? i18n.get("adult.grid.started")
                    : i18n.get("adult.grid.tried", AdultFormat.score(cell.bestScore(), i18n));
            case NOT_STARTED -> i18n.get("adult.grid.notStarted");
        };
    }

    /**
     * Most-missed questions, with the wrong answers chosen and how often (Kolibri's "difficult
     * questions"). {@code whereKey}: a class counts learners (each once, by their latest finished
     * quiz), a child's own report counts finished quizzes. Flags and pick-all questions show the
     * items missed and those wrongly marked apart, rather than whole answers.
     */
    VBox missed(String titleKey, String whereKey, List<MissedQuestionRow> missed) {
        VBox section = section(titleKey);
        section.setId("mostMissed");
        if (missed.isEmpty()) {
            section.getChildren().add(line(i18n.get("adult.missed.none")));
        }
        for (MissedQuestionRow question : missed) {
            String prompt = question.prompt().map(i18n::in).orElse(i18n.get("adult.missed.retired", question.questionId()));
            Label text = new Label(prompt);
            text.setWrapText(true);
            text.getStyleClass().add("missed-prompt");
            Label where = line(i18n.get(whereKey, AdultFormat.module(question.module(), i18n),
                    question.missed(), question.answers()));
            VBox card = new VBox(text, where);
            card.getStyleClass().add("missed-question");
            for (var items : question.byItem()
                    ? List.of(Map.entry("adult.missed.items", question.missedItems()),
                            Map.entry("adult.missed.wrongly", question.wronglyMarked()))
                    : List.<Map.Entry<String, List<MissedQuestionRow.ItemCount>>>of()) {
                if (!items.getValue().isEmpty()) {
                    Label line = line(i18n.get(items.getKey(), items.getValue().stream()
                            .map(item -> i18n.get("adult.missed.item", i18n.in(item.words()), item.learners()))
                            .collect(Collectors.joining("; "))));
                    line.getStyleClass().add("missed-answer");
                    line.setWrapText(true);
                    card.getChildren().add(line);
                }
            }
            for (MissedQuestionRow.WrongAnswer wrong : question.byItem() ? List.<MissedQuestionRow.WrongAnswer>of()
                    : question.wrongAnswers()) {
                String words = wrong.words().map(i18n::in).orElse(wrong.response());
                Label answer = line(i18n.get("adult.missed.answer", words, wrong.count()));
                answer.getStyleClass().add("missed-answer");
                card.getChildren().add(answer);
            }
            card.setFocusTraversable(true);
            card.setAccessibleText(prompt + ". " + where.getText());
            section.getChildren().add(card);
        }
        return section;
    }
}
