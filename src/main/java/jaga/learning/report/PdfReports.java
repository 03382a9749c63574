package jaga.learning.report;

import jaga.content.LocalizedText;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Learner, family and class reports as PDF (A4, with charts drawn in the PDF), and certificates
 * for passed modules (landscape A4). Labels come in the adult's language; lesson texts in the
 * same language through {@link LocalizedText#in(String)}. Each document is drawn by its own class
 * ({@link LearnerPdf}, {@link ClassPdf}, {@link CertificatePdf}) over the shared pieces
 * ({@link PdfSections}, {@link PdfTable}, {@link PdfCharts}) on a {@link PdfCanvas}; this class
 * writes the file, with the footer of every page.
 */
public final class PdfReports {
    private final ReportLabels labels;

    public PdfReports(ReportLabels labels) {
        this.labels = labels;
    }

    public void writeLearner(LearnerReport report, Path target, ExportProgress progress) {
        write(target, labels.get("report.learner.title", report.learner().name()), report.madeAt(), canvas -> {
            progress.step(0, report.learner().name());
            new LearnerPdf(labels).draw(canvas, report);
            progress.step(1, "");
        });
    }

    /** Every child, each starting on a new page. */
    public void writeFamily(FamilyOverview family, Path target, ExportProgress progress) {
        write(target, labels.get("report.family.title"), family.madeAt(), canvas -> {
            LearnerPdf learner = new LearnerPdf(labels);
            int done = 0;
            for (LearnerReport child : family.children()) {
                progress.step((double) done++ / Math.max(1, family.children().size()), child.learner().name());
                learner.draw(canvas, child);
            }
            if (family.children().isEmpty()) {
                canvas.newPage();
                new PdfSections(labels).title(canvas, labels.get("report.family.title"), labels.get("report.none"));
            }
            progress.step(1, "");
        });
    }

    public void writeClass(ClassReport report, Path target, ExportProgress progress) {
        write(target, labels.get("report.class.title", report.className()), report.madeAt(), canvas -> {
            new ClassPdf(labels).draw(canvas, report, progress);
            progress.step(1, "");
        });
    }

    /**
     * A certificate for a passed module: the child's name, the module title in English and
     * Bahasa Melayu, the date, and a border, on landscape A4.
     */
    public void writeCertificate(Certificate certificate, Path target) {
        new CertificatePdf(labels.zone()).write(certificate, target);
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(PdfCanvas canvas) throws IOException;
    }

    /** An A4 report: drawn, then a footer on every page (title, date made, "Page n of N"), written all or nothing. */
    private void write(Path target, String title, String madeAt, Drawing drawing) {
        ReportFiles.write(target, out -> {
            try (PdfCanvas canvas = new PdfCanvas(PDRectangle.A4)) {
                canvas.document.getDocumentInformation().setTitle(title);
                canvas.document.getDocumentInformation().setCreator("Jaga");
                drawing.draw(canvas);
                canvas.finish(title + " \u2013 " + labels.get("report.made", labels.date(madeAt)),
                        page -> labels.get("report.page", page, "{total}"),
                        labels.get("report.fontNote", PdfText.MISSING), out);
            }
        });
    }
}
