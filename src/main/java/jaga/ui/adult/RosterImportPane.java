package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.model.Band;
import jaga.learning.Roster;
import jaga.learning.RosterImport;
import jaga.learning.RosterTemplate;
import jaga.ui.common.Buttons;
import jaga.ui.common.Choices;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Toolbar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** A class list read from CSV: choose or type the file, see what it holds and what is wrong, then import. */
final class RosterImportPane extends ScrollPane {
    private final RosterImportViewModel roster;
    private final I18n i18n;

    RosterImportPane(LearnersViewModel page, I18n i18n, FileDialogs fileDialog) {
        this.roster = page.roster();
        this.i18n = i18n;
        Label heading = AdultText.title(i18n, "adult.roster.title");
        Label intro = AdultText.subtitle(i18n, "adult.roster.intro");

        TextField path = new TextField();
        path.setId("rosterPath");
        path.textProperty().bindBidirectional(roster.pathProperty());
        path.accessibleTextProperty().bind(i18n.text("adult.roster.file"));
        path.setOnAction(e -> roster.check());
        HBox.setHgrow(path, Priority.ALWAYS);
        Label pathLabel = AdultText.fieldLabel(i18n, "adult.roster.file", path);
        Button choose = Buttons.big("chooseRoster", i18n.text("adult.roster.choose"), false, () ->
                fileDialog.open(window(), i18n.get("adult.roster.choose"),
                        i18n.get("adult.roster.csvFiles"), List.of("*.csv", "*.CSV", "*.txt"))
                        .ifPresent(roster::chosen));
        choose.setGraphic(IconSizes.like(new FontIcon("mdi2f-folder-open-outline"), choose, 1.2));
        Button check = Buttons.big("checkRoster", i18n.text("adult.roster.check"), false, roster::check);
        check.disableProperty().bind(roster.busyProperty());
        // A template to start from, in the adult's language, saved where they choose.
        Button template = Buttons.big("saveRosterTemplate", i18n.text("adult.roster.template"), false, () ->
                fileDialog.save(window(), i18n.get("adult.roster.templateTitle"),
                        RosterTemplate.fileName(i18n.language()), i18n.get("adult.roster.csvFiles"), List.of("*.csv"))
                        .ifPresent(roster::saveTemplate));
        template.setGraphic(IconSizes.like(new FontIcon("mdi2f-file-table-outline"), template, 1.2));
        template.disableProperty().bind(roster.busyProperty());

        FlowPane languages = Choices.row(i18n, "rosterLanguage-", "adult.language.", I18n.LANGUAGES,
                language -> language, roster.languageProperty());
        Label languageLabel = AdultText.fieldLabel(i18n, "adult.roster.language", languages);

        Label refused = AdultText.notice(i18n, "rosterProblem", roster.problemProperty());

        VBox previewBox = new VBox();
        previewBox.setId("rosterPreview");
        previewBox.getStyleClass().add("roster-preview");
        previewBox.visibleProperty().bind(roster.previewProperty().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        Runnable fillPreview = () -> fillPreview(previewBox, roster.previewProperty().get());
        roster.previewProperty().addListener((obs, old, preview) -> fillPreview.run());
        i18n.onChange(this, fillPreview);

        Button importAll = Buttons.big("importAll", i18n.text("adult.roster.importAll"), true, roster::importAll);
        importAll.disableProperty().bind(roster.canImportAllProperty().not());
        importAll.visibleProperty().bind(roster.previewProperty().isNotNull());
        importAll.managedProperty().bind(importAll.visibleProperty());
        Button importSkipping = Buttons.big("importSkipping", Bindings.createStringBinding(() -> {
            RosterImport.Preview preview = roster.previewProperty().get();
            return i18n.get("adult.roster.importSkipping", preview == null ? 0 : preview.problems().size());
        }, roster.previewProperty(), i18n.languageProperty()), false, roster::importSkippingProblems);
        importSkipping.visibleProperty().bind(roster.canImportSkippingProperty());
        importSkipping.managedProperty().bind(importSkipping.visibleProperty());
        Button cancel = Buttons.big("cancelImport", i18n.text("adult.cancel"), false, page::cancel);
        page.modeProperty().addListener((obs, old, mode) -> {
            boolean open = mode == LearnersViewModel.Mode.IMPORT;
            cancel.setCancelButton(open);
            if (open) {
                Focus.request(choose);
            }
        });

        VBox card = new VBox(heading, intro, pathLabel, path, Toolbar.of(choose, check, template), languageLabel,
                languages, refused, previewBox, Toolbar.of(importAll, importSkipping, cancel));
        card.getStyleClass().addAll("card", "adult-form");
        VBox content = new VBox(card);
        content.getStyleClass().add("adult-page");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("screen-scroll");
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void fillPreview(VBox box, RosterImport.Preview preview) {
        box.getChildren().clear();
        if (preview == null) {
            return;
        }
        if (!preview.rows().isEmpty()) {
            Label fine = new Label(i18n.get("adult.roster.fine", preview.rows().size()));
            fine.setId("rosterFine");
            fine.setWrapText(true);
            fine.getStyleClass().add("roster-fine");
            fine.setGraphic(IconSizes.like(new FontIcon("mdi2c-check-circle-outline"), fine, 1.2));
            Label bands = new Label(i18n.get("adult.roster.bands", bandCounts(preview)));
            bands.setId("rosterBands");
            bands.setWrapText(true);
            box.getChildren().addAll(fine, bands);
        }
        if (!preview.classNames().isEmpty()) {
            Label classes = new Label(i18n.get("adult.roster.classes", String.join(", ", preview.classNames())));
            classes.setId("rosterClasses");
            classes.setWrapText(true);
            box.getChildren().add(classes);
        }
        if (preview.hasProblems()) {
            Label count = new Label(i18n.get(preview.rows().isEmpty() ? "adult.roster.problemsNoGood"
                    : "adult.roster.problems", preview.problems().size()));
            count.setWrapText(true);
            count.getStyleClass().add("danger-text");
            count.setGraphic(IconSizes.like(new FontIcon("mdi2a-alert-outline"), count, 1.2));
            VBox lines = new VBox();
            lines.setId("rosterProblems");
            lines.getStyleClass().add("roster-problems");
            for (Roster.Problem problem : preview.problems()) {
                Label line = new Label(problemText(problem));
                line.setWrapText(true);
                line.getStyleClass().add("roster-problem");
                line.setFocusTraversable(true); // a keyboard or screen reader user reads each row's problem
                line.setAccessibleText(line.getText());
                lines.getChildren().add(line);
            }
            box.getChildren().addAll(count, lines);
        } else if (preview.rows().isEmpty()) {
            box.getChildren().add(AdultText.subtitle(i18n, "adult.roster.nothing"));
        }
    }

    /** "Line 8 (Chong Wei Ming): ..." in the adult's language: the row, whose it is, what is wrong and what to change. */
    private String problemText(Roster.Problem problem) {
        String kind = "roster.problem." + problem.kind().name()
                + (problem.kind() == Roster.Kind.BAND_LOOKS_LIKE_DATE && !problem.suggestion().isEmpty() ? ".likely" : "");
        String what = i18n.get(kind, problem.detail(), problem.suggestion());
        return problem.learner().isEmpty() ? i18n.get("roster.problem.line", problem.line(), what)
                : i18n.get("roster.problem.lineNamed", problem.line(), problem.learner(), what);
    }

    /** "Ages 10-12 (27 rows) · Ages 13-17 (1 row)": the bands the good rows were given, to check before importing. */
    private String bandCounts(RosterImport.Preview preview) {
        Map<Band, Long> counts = new TreeMap<>();
        preview.rows().forEach(row -> counts.merge(row.band(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> i18n.get("adult.roster.bandCount",
                        i18n.get("band.short." + e.getKey().code()), e.getValue()))
                .collect(Collectors.joining(" \u00B7 "));
    }
}
