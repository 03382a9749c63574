package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.learning.report.Certificate;
import jaga.learning.report.ClassReport;
import jaga.learning.report.CsvReports;
import jaga.learning.report.ExportProgress;
import jaga.learning.report.LearnerReport;
import jaga.learning.report.ModuleRow;
import jaga.learning.report.PdfReports;
import jaga.learning.report.ReportLabels;
import jaga.learning.report.ReportService;
import jaga.ui.common.Background;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.I18n;
import jaga.ui.common.Toolbar;
import jaga.ui.common.Problems;
import jaga.ui.common.Tasks;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Saving reports (CSV for spreadsheets, PDF to print) and certificates from the dashboards, in the
 * adult's language. A long export shows a progress bar and can be cancelled; a cancelled or failed
 * export leaves no half-written file.
 */
public final class ReportExports implements ProgressExports {
    private static final List<String> CSV = List.of("*.csv");
    private static final List<String> PDF = List.of("*.pdf");

    private final ReportService reports;
    private final Background background;
    private final FileDialogs dialogs;

    public ReportExports(ReportService reports, Background background, FileDialogs dialogs) {
        this.reports = reports;
        this.background = background;
        this.dialogs = dialogs;
    }

    @Override
    public Node classButtons(ClassReport report, I18n i18n) {
        Panel panel = new Panel(i18n, background);
        String name = fileName(report.className());
        panel.add("exportClassCsv", "adult.export.classCsv", "mdi2f-file-delimited-outline", () ->
                save(panel, "adult.export.csvFiles", CSV, name + ".csv",
                        (target, progress) -> new CsvReports(labels(i18n)).writeClass(report, target, progress)));
        panel.add("exportClassPupilsCsv", "adult.export.classPupilsCsv", "mdi2f-file-delimited-outline", () ->
                save(panel, "adult.export.csvFiles", CSV, name + "-pupils.csv",
                        (target, progress) -> new CsvReports(labels(i18n)).writeClassPupils(report, target, progress)));
        panel.add("exportClassPdf", "adult.export.classPdf", "mdi2f-file-pdf-box", () ->
                save(panel, "adult.export.pdfFiles", PDF, name + ".pdf",
                        (target, progress) -> new PdfReports(labels(i18n)).writeClass(report, target, progress)));
        return panel;
    }

    @Override
    public Node learnerButtons(LearnerReport report, I18n i18n) {
        Panel panel = new Panel(i18n, background);
        String name = fileName(report.learner().name());
        panel.add("exportLearnerPdf", "adult.export.learnerPdf", "mdi2f-file-pdf-box", () ->
                save(panel, "adult.export.pdfFiles", PDF, name + ".pdf",
                        (target, progress) -> new PdfReports(labels(i18n)).writeLearner(report, target, progress)));
        panel.add("exportLearnerCsv", "adult.export.learnerCsv", "mdi2f-file-delimited-outline", () ->
                save(panel, "adult.export.csvFiles", CSV, name + ".csv",
                        (target, progress) -> new CsvReports(labels(i18n)).writeLearner(report, target, progress)));
        List<ModuleRow> passed = report.modules().stream().filter(ModuleRow::passed).toList();
        if (!passed.isEmpty()) {
            MenuButton certificates = new MenuButton(i18n.get("adult.export.certificate"));
            certificates.setId("certificates");
            certificates.setGraphic(IconSizes.like(new FontIcon("mdi2c-certificate-outline"), certificates, 1.2));
            for (ModuleRow module : passed) {
                MenuItem item = new MenuItem(AdultFormat.module(module.module(), i18n));
                item.setId("certificate-" + module.module().id());
                item.setOnAction(e -> save(panel, "adult.export.certificateTitle", "adult.export.pdfFiles", PDF,
                        name + "-" + module.module().id() + ".pdf", (target, progress) -> {
                            Certificate certificate = reports.certificates(report.learner().id()).stream()
                                    .filter(c -> c.module().id().equals(module.module().id())).findFirst()
                                    .orElseThrow();
                            new PdfReports(labels(i18n)).writeCertificate(certificate, target);
                        }));
                certificates.getItems().add(item);
            }
            panel.buttons.getChildren().add(certificates);
        }
        return panel;
    }

    private interface Export {
        void write(Path target, ExportProgress progress);
    }

    private void save(Panel panel, String filterKey, List<String> patterns, String suggested, Export export) {
        save(panel, "adult.export.title", filterKey, patterns, suggested, export);
    }

    /** @param titleKey the dialog's title: "Save a report", or "Save a certificate" for a certificate */
    private void save(Panel panel, String titleKey, String filterKey, List<String> patterns, String suggested,
                      Export export) {
        I18n i18n = panel.i18n;
        var target = dialogs.save(panel.getScene() == null ? null : panel.getScene().getWindow(),
                i18n.get(titleKey), suggested, i18n.get(filterKey), patterns);
        if (target.isEmpty()) {
            return;
        }
        panel.running();
        panel.tasks.task(control -> {
            export.write(target.get(), new ExportProgress() {
                @Override
                public void update(double fraction, String doing) {
                    control.progress(fraction);
                }

                @Override
                public boolean cancelled() {
                    return control.cancelled();
                }
            });
            return null;
        }).onSuccess(done -> panel.finished(i18n.get("adult.export.saved", target.get().toString()), false))
                .onCancelled(() -> panel.finished(i18n.get("adult.export.cancelled"), true))
                .onFailure(failure -> panel.finished(i18n.get("adult.export.failed")
                        + Problems.explanation(failure, i18n).map(why -> " " + why).orElse(""), true))
                .start();
    }

    private static ReportLabels labels(I18n i18n) {
        return ReportLabels.of(i18n.language(), ZoneId.systemDefault());
    }

    /** A file name from a person's or class's name: letters and digits kept, in any script. */
    static String fileName(String name) {
        String clean = name.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return clean.isEmpty() ? "jaga-report" : clean.toLowerCase(Locale.ROOT);
    }

    /** The buttons, and while saving a progress bar with Cancel; then what happened. */
    private static final class Panel extends VBox {
        final I18n i18n;
        final Tasks tasks;
        final FlowPane buttons = Toolbar.of(); // as narrow as its buttons can wrap: no sideways scroll at 200%
        final ProgressBar bar = new ProgressBar(0);
        final Button cancel = new Button();
        final Label status = new Label();
        final HBox progressRow = new HBox(bar, cancel);

        Panel(I18n i18n, Background background) {
            this.i18n = i18n;
            this.tasks = new Tasks(background, "adult area, report export");
            getStyleClass().add("export-panel");
            buttons.getStyleClass().add("export-buttons");
            bar.setId("exportProgress");
            bar.setAccessibleText(i18n.get("adult.export.saving"));
            cancel.setId("cancelExport");
            cancel.setText(i18n.get("profiles.form.cancel"));
            cancel.setOnAction(e -> tasks.cancelAll());
            bar.progressProperty().bind(tasks.progressProperty());
            buttons.disableProperty().bind(tasks.busyProperty());
            progressRow.getStyleClass().add("export-progress");
            progressRow.visibleProperty().bind(tasks.busyProperty());
            progressRow.managedProperty().bind(progressRow.visibleProperty());
            status.setId("exportStatus");
            status.setWrapText(true);
            status.getStyleClass().add("card-summary");
            status.managedProperty().bind(status.visibleProperty());
            status.setVisible(false);
            getChildren().addAll(buttons, progressRow, status);
        }

        void add(String id, String key, String icon, Runnable action) {
            Button button = new Button(i18n.get(key));
            button.setId(id);
            button.setGraphic(IconSizes.like(new FontIcon(icon), button, 1.2));
            button.getStyleClass().add("export-button");
            button.setOnAction(e -> action.run());
            buttons.getChildren().add(button);
            Toolbar.fit(buttons, button);
        }

        void running() {
            status.setVisible(false);
            Platform.runLater(cancel::requestFocus); // once the progress row shows
        }

        void finished(String message, boolean problem) {
            status.setText(message);
            status.getStyleClass().removeAll("error-text");
            if (problem) {
                status.getStyleClass().add("error-text");
            }
            status.setVisible(true);
            buttons.getChildren().get(0).requestFocus();
        }
    }
}
