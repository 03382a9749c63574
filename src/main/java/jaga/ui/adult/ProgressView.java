package jaga.ui.adult;

import jaga.learning.report.BadgeRow;
import jaga.learning.report.ClassReport;
import jaga.learning.report.FamilyOverview;
import jaga.learning.report.LearnerReport;
import jaga.learning.report.MissedQuestionRow;
import jaga.learning.report.ModuleInfo;
import jaga.learning.report.ModuleRow;
import jaga.learning.report.TalkAbout;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Progress for the family, a class or one child: charts with tables, missed questions, what to talk about. */
public final class ProgressView extends ScrollPane {
    private final ProgressViewModel model;
    private final I18n i18n;
    private final VBox body = new VBox();
    private final ProgressExports exports;
    /** "34 learners · 6 modules" beside the class's name; its font is also the text size (1 em) of the page. */
    private final Label classFacts = new Label();
    /** Measures what the page's layout decides (the room the class grid has); nothing on other pages. */
    private Runnable afterLayout = () -> { };

    /** @param exports saves reports and certificates, or null where there is nowhere to save them */
    public ProgressView(ProgressViewModel model, I18n i18n, ProgressExports exports) {
        this.model = model;
        this.i18n = i18n;
        this.exports = exports;
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);

        Label title = AdultText.title(i18n, "adult.progress.title");
        Label scopeLabel = new Label();
        scopeLabel.textProperty().bind(i18n.text("adult.progress.show"));
        scopeLabel.getStyleClass().add("field-label");
        ComboBox<ProgressViewModel.Scope> scope = new ComboBox<>(model.scopes());
        scope.setId("progressScope");
        scope.accessibleTextProperty().bind(i18n.text("adult.progress.show"));
        scope.setCellFactory(list -> new ScopeCell());
        scope.setButtonCell(new ScopeCell());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        scopeLabel.setLabelFor(scope);
        scopeLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane scopeRow = new FlowPane(scopeLabel, scope);
        scopeRow.getStyleClass().add("scope-row");
        // Only worth offering when there is a class to choose.
        scopeRow.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.scopes()).greaterThan(1));
        scopeRow.managedProperty().bind(scopeRow.visibleProperty());
        model.scopes().addListener((ListChangeListener<ProgressViewModel.Scope>) c -> scope.setButtonCell(new ScopeCell()));

        Label error = jaga.ui.common.Problems.line(model.problemProperty(), i18n);

        body.getStyleClass().add("progress-body");
        // The title and the choice of class share a line (they wrap at large text), so the class grid starts higher.
        classFacts.getStyleClass().add("card-summary");
        classFacts.setId("classFacts");
        classFacts.managedProperty().bind(classFacts.visibleProperty());
        FlowPane heading = new FlowPane(title, scopeRow, classFacts);
        heading.getStyleClass().add("progress-heading");
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox page = new VBox(heading, error, body);
        page.getStyleClass().add("adult-page");
        setContent(page);
        model.pageProperty().addListener((obs, old, shown) -> render(shown));
        i18n.onChange(this, () -> {
            scope.setButtonCell(new ScopeCell()); // "Kelas 5 Amanah", not the words it was first shown in
            render(model.pageProperty().get());
        });
        render(model.pageProperty().get());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        afterLayout.run();
    }

    private void render(ProgressViewModel.Page page) {
        afterLayout = () -> { };
        classFacts.setVisible(false);
        body.getChildren().clear();
        if (page instanceof ProgressViewModel.Page.Family family) {
            family(family.overview());
        } else if (page instanceof ProgressViewModel.Page.OneClass oneClass) {
            oneClass(oneClass.report());
        } else if (page instanceof ProgressViewModel.Page.Learner learner) {
            learner(learner.report());
        } else {
            body.getChildren().add(AdultText.subtitle(i18n, "adult.loading"));
        }
        setVvalue(0);
    }

    // ------------------------------------------------------------------ the family

    private void family(FamilyOverview overview) {
        if (overview.children().isEmpty()) {
            body.getChildren().add(AdultText.subtitle(i18n, "adult.progress.noChildren"));
            return;
        }
        body.getChildren().add(AdultText.subtitle(i18n, "adult.progress.familyIntro"));
        for (LearnerReport child : overview.children()) {
            Label name = ScriptText.names(heading(child.learner().name()));
            Label facts = line(i18n.get("adult.progress.facts", i18n.get("band.short." + child.learner().band()),
                    child.modulesPassed(), child.modules().stream().filter(ModuleRow::inBand).count(),
                    child.badges().size(), AdultFormat.date(child.lastActive(), i18n)));
            VBox card = new VBox(name, facts);
            card.getStyleClass().addAll("card", "progress-card");
            card.setId("child-" + child.learner().id());
            if (child.mastery().isEmpty()) {
                card.getChildren().add(line(i18n.get("adult.progress.noAnswers")));
            } else {
                card.getChildren().add(ProgressCharts.mastery("mastery-" + child.learner().id(), child.mastery(), i18n));
            }
            if (!child.talkAboutNext().isEmpty()) {
                card.getChildren().add(line(i18n.get("adult.talk.short", child.talkAboutNext().stream()
                        .map(t -> AdultFormat.topic(t.topic(), i18n)).collect(Collectors.joining(", ")))));
            }
            Button details = ScriptText.names(new Button(i18n.get("adult.progress.details", child.learner().name())));
            details.setId("learnerDetails-" + child.learner().id());
            details.getStyleClass().add("accent");
            details.setOnAction(e -> model.openLearner(child.learner().id()));
            card.getChildren().add(details);
            body.getChildren().add(card);
        }
    }

    // ------------------------------------------------------------------ a class

    private void oneClass(ClassReport report) {
        // The class's size goes beside its name at the top; the buttons to save its report come first.
        classFacts.setText(i18n.get("adult.class.facts", report.rows().size(), report.modules().size()));
        classFacts.setVisible(true);
        if (exports != null) {
            body.getChildren().add(exports.classButtons(report, i18n));
        }

        // The class's home: the grid first, sized to the window so its header stays while its rows scroll.
        VBox grid = section("adult.class.grid");
        grid.getStyleClass().add("class-grid-section"); // narrower margins: the grid needs the width
        grid.getChildren().add(classGrid(report));
        grid.getChildren().add(line(i18n.get("adult.class.gridKey")));
        body.getChildren().add(grid);

        VBox help = section("adult.class.needsHelp");
        help.setId("needsHelp");
        if (report.needsHelp().isEmpty()) {
            help.getChildren().add(line(i18n.get("adult.class.nobodyNeedsHelp")));
        }
        for (ClassReport.NeedsHelp needs : report.needsHelp()) {
            String reasons = needs.reasons().stream().map(this::reason).collect(Collectors.joining("; "));
            Hyperlink name = learnerLink(needs.learner().id(), needs.learner().name());
            Label why = line(reasons);
            VBox row = new VBox(name, why);
            row.getStyleClass().add("needs-help-row");
            help.getChildren().add(row);
        }
        body.getChildren().add(help);

        VBox mastery = section("adult.class.mastery");
        mastery.getChildren().add(report.mastery().isEmpty() ? line(i18n.get("adult.progress.noAnswers"))
                : ProgressCharts.mastery("classMastery", report.mastery(), i18n));
        body.getChildren().add(mastery);

        body.getChildren().add(missed("adult.class.missed", "adult.missed.whereClass", report.mostMissed()));
    }

    /**
     * The class grid (learners x modules, {@link ClassGrid}): as tall as the class when it fits,
     * else most of the window, with the module titles kept at the top and the names at the left.
     */
    private Node classGrid(ClassReport report) {
        // The room left in the window below the grid's top when the page opens, or, when that is too
        // little (large text), the whole window, for when the page is scrolled to the grid.
        javafx.beans.property.DoubleProperty room = new javafx.beans.property.SimpleDoubleProperty(400);
        ClassGrid grid = new ClassGrid(report, i18n, this::cellText,
                row -> learnerLink(row.learner().id(), row.learner().name()), room);
        afterLayout = () -> {
            if (getContent() == null || grid.getScene() == null || getViewportBounds().getHeight() <= 0) {
                return;
            }
            double top = getContent().sceneToLocal(grid.localToScene(0, 0)).getY();
            double window = getViewportBounds().getHeight();
            double belowTop = window - top - 1.5 * textSize();
            // It fits on the first screen when there is room enough; else it takes the whole window once
            // the adult scrolls down to it (at large text the page above it is tall).
            double wanted = belowTop >= window * 0.6 ? belowTop : window - 2 * textSize();
            if (Math.abs(wanted - room.get()) > 1) {
                room.set(wanted);
            }
        };
        return grid;
    }

    /** The page's text size in pixels (1 em), which follows the Display menu. */
    private double textSize() {
        return classFacts.getFont().getSize();
    }

    private String cellText(ModuleRow cell) {
        return switch (cell.state()) {
            case DONE -> i18n.get("adult.grid.done", AdultFormat.score(cell.bestScore(), i18n));
            case IN_PROGRESS -> cell.bestScore() == null ? i18n.get("adult.grid.started")
                    : i18n.get("adult.grid.tried", AdultFormat.score(cell.bestScore(), i18n));
            case NOT_STARTED -> i18n.get("adult.grid.notStarted");
        };
    }

    private String reason(ClassReport.HelpReason reason) {
        return switch (reason.kind()) {
            case FAILED_TWICE -> i18n.get("adult.help.failedTwice", AdultFormat.module(reason.module(), i18n),
                    reason.failedAttempts());
            case LOW_MASTERY -> i18n.get("adult.help.lowMastery", AdultFormat.topic(reason.topic(), i18n),
                    reason.masteryPercent());
        };
    }

    // ------------------------------------------------------------------ one child

    private void learner(LearnerReport report) {
        Hyperlink back = new Hyperlink(i18n.get("adult.progress.back"));
        back.setId("progressBack");
        back.getStyleClass().add("back-link");
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.setOnAction(e -> model.back());
        Label name = AdultText.title(i18n, "adult.progress.title");
        name.textProperty().unbind();
        name.setText(report.learner().name());
        ScriptText.names(name);
        name.setId("learnerName");
        Label facts = line(i18n.get("adult.progress.facts", i18n.get("band.short." + report.learner().band()),
                report.modulesPassed(), report.modules().stream().filter(ModuleRow::inBand).count(),
                report.badges().size(), AdultFormat.date(report.lastActive(), i18n)));
        body.getChildren().addAll(back, name, facts);
        if (exports != null) {
            body.getChildren().add(exports.learnerButtons(report, i18n));
        }

        VBox talk = section("adult.talk.title");
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
            for (jaga.content.LocalizedText question : topic.missedAgain()) {
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
                HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
                Label mark = new Label("\u201C");
                mark.getStyleClass().add("conversation-mark");
                HBox row = new HBox(mark, text);
                row.getStyleClass().add("conversation");
                starters.getChildren().add(row);
            });
            talk.getChildren().add(starters);
        }
        body.getChildren().add(talk);

        VBox progress = section("adult.progress.overTime");
        progress.getChildren().add(report.progress().isEmpty() ? line(i18n.get("adult.progress.noQuizzes"))
                : ProgressCharts.scoresOverTime("scoresOverTime", report.progress(), i18n));
        body.getChildren().add(progress);

        VBox mastery = section("adult.progress.mastery");
        mastery.getChildren().add(report.mastery().isEmpty() ? line(i18n.get("adult.progress.noAnswers"))
                : ProgressCharts.mastery("learnerMastery", report.mastery(), i18n));
        body.getChildren().add(mastery);

        VBox modules = section("adult.progress.modules");
        List<ModuleRow> rows = report.modules().stream().filter(r -> r.inBand() || r.touched()).toList();
        NumberTable<ModuleRow> table = new NumberTable<>("learnerModules", rows)
                .column(i18n.get("adult.column.module"), r -> AdultFormat.module(r.module(), i18n))
                .column(i18n.get("adult.column.state"), this::cellText)
                .column(i18n.get("adult.column.lessons"), r -> i18n.get("adult.lessonsOf", r.lessonsDone(), r.module().lessonsTotal()))
                .column(i18n.get("adult.column.attempts"), r -> Integer.toString(r.attempts()))
                .column(i18n.get("adult.column.last"), r -> AdultFormat.score(r.lastScore(), i18n));
        modules.getChildren().add(table.sideways());
        body.getChildren().add(modules);

        body.getChildren().add(missed("adult.progress.missed", "adult.missed.whereLearner", report.mostMissed()));

        if (!report.badges().isEmpty()) {
            VBox badges = section("adult.progress.badges");
            FlowPane list = new FlowPane();
            list.getStyleClass().add("badge-list");
            for (BadgeRow badge : report.badges()) {
                Label item = new Label(AdultFormat.module(badge.module(), i18n) + " \u00b7 " + AdultFormat.date(badge.earnedAt(), i18n));
                item.setGraphic(new FontIcon("mdi2m-medal"));
                item.getStyleClass().add("badge-chip");
                list.getChildren().add(item);
            }
            badges.getChildren().add(list);
            body.getChildren().add(badges);
        }
        Focus.request(back);
    }

    private String talkReason(TalkAbout topic) {
        return topic.reasons().stream().sorted().map(reason -> switch (reason) {
            case LOW_MASTERY -> topic.masteryPercent() == null ? i18n.get("adult.talk.lowMasteryUnknown")
                    : i18n.get("adult.talk.lowMastery", topic.masteryPercent());
            case FAILED_QUIZ -> i18n.get("adult.talk.failedQuiz");
            case MISSED_AGAIN -> i18n.get("adult.talk.missedAgain");
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ shared parts

    /** Most-missed questions, with the wrong answers chosen and how often (Kolibri's "difficult questions"). */
    /**
     * {@code whereKey}: a class counts learners (each once, by their latest finished quiz), a
     * child's own report counts finished quizzes. Flags and pick-all questions show the items
     * missed and those wrongly marked apart, rather than whole answers.
     */
    private VBox missed(String titleKey, String whereKey, List<MissedQuestionRow> missed) {
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
                            .collect(java.util.stream.Collectors.joining("; "))));
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

    private Hyperlink learnerLink(long learnerId, String name) {
        Hyperlink link = ScriptText.names(new Hyperlink(name));
        link.setId("openLearner-" + learnerId);
        link.getStyleClass().add("learner-link");
        link.setOnAction(e -> model.openLearner(learnerId));
        return link;
    }

    private VBox section(String titleKey) {
        Label heading = new Label(i18n.get(titleKey));
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        VBox section = new VBox(heading);
        section.getStyleClass().addAll("card", "progress-section");
        return section;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("card-title");
        label.setWrapText(true);
        return label;
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("card-summary");
        return label;
    }

    private final class ScopeCell extends ListCell<ProgressViewModel.Scope> {
        @Override
        protected void updateItem(ProgressViewModel.Scope item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof ProgressViewModel.Scope.OneClass oneClass) {
                setText(i18n.get("adult.progress.class", oneClass.name()));
            } else {
                setText(i18n.get("adult.progress.family"));
            }
        }
    }
}
