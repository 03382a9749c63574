package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import static jaga.ui.adult.ProgressBlocks.line;

import jaga.content.LocalizedText;
import jaga.learning.report.BadgeRow;
import jaga.learning.report.LearnerReport;
import jaga.learning.report.ModuleRow;
import jaga.learning.report.TalkAbout;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One child's progress on the Progress page: what to talk about next, scores over time, mastery by
 * topic, modules, most-missed questions and badges, with the way back first.
 */
final class LearnerProgressPage {
    private final ProgressViewModel model;
    private final I18n i18n;
    private final ProgressBlocks blocks;
    private final ProgressExports exports;

    /** @param exports saves the child's report and certificates, or null where there is nowhere to save them */
    LearnerProgressPage(ProgressViewModel model, I18n i18n, ProgressBlocks blocks, ProgressExports exports) {
        this.model = model;
        this.i18n = i18n;
        this.blocks = blocks;
        this.exports = exports;
    }

    /** The page's parts, top to bottom; the first, the way back, is where the keyboard starts. */
    List<Node> build(LearnerReport report) {
        Hyperlink back = new Hyperlink(i18n.get("adult.progress.back"));
        back.setId("progressBack");
        back.getStyleClass().add("back-link");
        back.setGraphic(IconSizes.like(new FontIcon("mdi2a-arrow-left"), back, 1.2));
        back.setOnAction(e -> model.back());
        Label name = AdultText.title(i18n, "adult.progress.title");
        name.textProperty().unbind();
        name.setText(report.learner().name());
        ScriptText.names(name);
        name.setId("learnerName");
        Label facts = line(i18n.get("adult.progress.facts", i18n.get("band.short." + report.learner().band()),
                report.modulesPassed(), report.modules().stream().filter(ModuleRow::inBand).count(),
                report.badges().size(), AdultFormat.date(report.lastActive(), i18n)));
        List<Node> parts = new ArrayList<>(List.of(back, name, facts));
        if (exports != null) {
            parts.add(exports.learnerButtons(report, i18n));
        }
        parts.add(talkAboutNext(report));

        VBox progress = blocks.section("adult.progress.overTime");
        progress.getChildren().add(report.progress().isEmpty() ? line(i18n.get("adult.progress.noQuizzes"))
                : ProgressCharts.scoresOverTime("scoresOverTime", report.progress(), i18n));
        parts.add(progress);

        VBox mastery = blocks.section("adult.progress.mastery");
        mastery.getChildren().add(report.mastery().isEmpty() ? line(i18n.get("adult.progress.noAnswers"))
                : ProgressCharts.mastery("learnerMastery", report.mastery(), i18n));
        parts.add(mastery);

        VBox modules = blocks.section("adult.progress.modules");
        List<ModuleRow> rows = report.modules().stream().filter(r -> r.inBand() || r.touched()).toList();
        NumberTable<ModuleRow> table = new NumberTable<>("learnerModules", rows)
                .column(i18n.get("adult.column.module"), r -> AdultFormat.module(r.module(), i18n))
                .column(i18n.get("adult.column.state"), blocks::cellText)
                .column(i18n.get("adult.column.lessons"), r -> i18n.get("adult.lessonsOf", r.lessonsDone(), r.module().lessonsTotal()))
                .column(i18n.get("adult.column.attempts"), r -> Integer.toString(r.attempts()))
                .column(i18n.get("adult.column.last"), r -> AdultFormat.score(r.lastScore(), i18n));
        modules.getChildren().add(table.sideways());
        parts.add(modules);

        parts.add(blocks.missed("adult.progress.missed", "adult.missed.whereLearner", report.mostMissed()));

        if (!report.badges().isEmpty()) {
            VBox badges = blocks.section("adult.progress.badges");
            FlowPane list = new FlowPane();
            list.getStyleClass().add("badge-list");
            for (BadgeRow badge : report.badges()) {
                Label item = new Label(AdultFormat.module(badge.module(), i18n) + " \u00b7 " + AdultFormat.date(badge.earnedAt(), i18n));
                item.setGraphic(IconSizes.like(new FontIcon("mdi2m-medal"), item, 1.2));
                item.getStyleClass().add("badge-chip");
                list.getChildren().add(item);
            }
            badges.getChildren().add(list);
            parts.add(badges);
        }
        return parts;
    }

    /** The topics to talk about next, why, the questions missed again, and up to three conversation starters each. */
    private VBox talkAboutNext(LearnerReport report) {
        VBox talk = blocks.section("adult.talk.title");
        talk.setId("talkAboutNext");
        talk.getChildren().add(line(i18n.get("adult.talk.intro")));
        if (report.talkAboutNext().isEmpty()) {
            talk.getChildren().add(line(i18n.get("adult.talk.nothing")));
        }
        for (TalkAbout topic : report.talkAboutNext()) {
            Label heading = new Label(AdultFormat.topic(topic.topic(), i18n) + ": " + talkReason(topic));
            heading.getStyleClass().add("guide-section-heading");
            heading.setWrapText(true);
            talk.getChildren().add(heading);
            for (LocalizedText question : topic.missedAgain()) {
                Label again = line(i18n.get("adult.talk.missedAgainQuestion", i18n.in(question)));
                again.getStyleClass().add("missed-again");
                talk.getChildren().add(again);
            }
            VBox starters = new VBox();
            starters.getStyleClass().add("conversation-starters");
            topic.starters().stream().limit(3).forEach(starter -> {
                Label text = new Label(i18n.in(starter));
                text.setWrapText(true);
                text.getStyleClass().add("conversation-starter");
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                Label mark = new Label("\u201C");
                mark.getStyleClass().add("conversation-mark");
                HBox row = new HBox(mark, text);
                row.getStyleClass().add("conversation");
                starters.getChildren().add(row);
            });
            talk.getChildren().add(starters);
        }
        return talk;
    }

    private String talkReason(TalkAbout topic) {
        return topic.reasons().stream().sorted().map(reason -> switch (reason) {
            case LOW_MASTERY -> topic.masteryPercent() == null ? i18n.get("adult.talk.lowMasteryUnknown")
                    : i18n.get("adult.talk.lowMastery", topic.masteryPercent());
            case FAILED_QUIZ -> i18n.get("adult.talk.failedQuiz");
            case MISSED_AGAIN -> i18n.get("adult.talk.missedAgain");
        }).collect(Collectors.joining(", "));
    }
}
