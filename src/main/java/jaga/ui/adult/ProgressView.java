package jaga.ui.adult;

import static jaga.ui.adult.ProgressBlocks.heading;
import static jaga.ui.adult.ProgressBlocks.line;

import jaga.learning.report.ClassReport;
import jaga.learning.report.FamilyOverview;
import jaga.learning.report.LearnerReport;
import jaga.learning.report.ModuleRow;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
import java.util.List;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Progress for the family, a class or one child: charts with tables, missed questions, what to talk about. */
public final class ProgressView extends ScrollPane {
    private final ProgressViewModel model;
    private final I18n i18n;
    private final VBox body = new VBox();
    private final ProgressExports exports;
    private final ProgressBlocks blocks;
    private final LearnerProgressPage learnerPage;
    /** "34 learners · 6 modules" beside the class's name; its font is also the text size (1 em) of the page. */
    private final Label classFacts = new Label();
    /** Measures what the page's layout decides (the room the class grid has); nothing on other pages. */
    private Runnable afterLayout = () -> { };

    /** @param exports saves reports and certificates, or null where there is nowhere to save them */
    public ProgressView(ProgressViewModel model, I18n i18n, ProgressExports exports) {
        this.model = model;
        this.i18n = i18n;
        this.exports = exports;
        this.blocks = new ProgressBlocks(model, i18n);
        this.learnerPage = new LearnerProgressPage(model, i18n, blocks, exports);
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
        VBox grid = blocks.section("adult.class.grid");
        grid.getStyleClass().add("class-grid-section"); // narrower margins: the grid needs the width
        grid.getChildren().add(classGrid(report));
        grid.getChildren().add(line(i18n.get("adult.class.gridKey")));
        body.getChildren().add(grid);

        VBox help = blocks.section("adult.class.needsHelp");
        help.setId("needsHelp");
        if (report.needsHelp().isEmpty()) {
            help.getChildren().add(line(i18n.get("adult.class.nobodyNeedsHelp")));
        }
        for (ClassReport.NeedsHelp needs : report.needsHelp()) {
            String reasons = needs.reasons().stream().map(this::reason).collect(Collectors.joining("; "));
            Hyperlink name = blocks.learnerLink(needs.learner().id(), needs.learner().name());
            Label why = line(reasons);
            VBox row = new VBox(name, why);
            row.getStyleClass().add("needs-help-row");
            help.getChildren().add(row);
        }
        body.getChildren().add(help);

        VBox mastery = blocks.section("adult.class.mastery");
        mastery.getChildren().add(report.mastery().isEmpty() ? line(i18n.get("adult.progress.noAnswers"))
                : ProgressCharts.mastery("classMastery", report.mastery(), i18n));
        body.getChildren().add(mastery);

        body.getChildren().add(blocks.missed("adult.class.missed", "adult.missed.whereClass", report.mostMissed()));
    }

    /**
     * The class grid (learners x modules, {@link ClassGrid}): as tall as the class when it fits,
     * else most of the window, with the module titles kept at the top and the names at the left.
     */
    private Node classGrid(ClassReport report) {
        // The room left in the window below the grid's top when the page opens, or, when that is too
        // little (large text), the whole window, for when the page is scrolled to the grid.
        javafx.beans.property.DoubleProperty room = new javafx.beans.property.SimpleDoubleProperty(400);
        ClassGrid grid = new ClassGrid(report, i18n, blocks::cellText,
                row -> blocks.learnerLink(row.learner().id(), row.learner().name()), room);
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

    private String reason(ClassReport.HelpReason reason) {
        return switch (reason.kind()) {
            case FAILED_TWICE -> i18n.get("adult.help.failedTwice", AdultFormat.module(reason.module(), i18n),
                    reason.failedAttempts());
            case LOW_MASTERY -> i18n.get("adult.help.lowMastery", AdultFormat.topic(reason.topic(), i18n),
                    reason.masteryPercent());
        };
    }

    private void learner(LearnerReport report) {
        List<Node> parts = learnerPage.build(report);
        body.getChildren().addAll(parts);
        Focus.request(parts.get(0));
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
