package jaga.learning.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A certificate for a passed module on landscape A4: the child's name, the title in English and
 * Bahasa Melayu (always both, whatever the adult's language), the date first passed, stars, a
 * double border and a line to sign.
 */
final class CertificatePdf {
    private static final Color GOLD = new Color(0xd4, 0xa0, 0x17);

    private final ZoneId zone;

    CertificatePdf(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * A certificate for a passed module: the child's name, the module title in English and
     * Bahasa Melayu, the date, and a border, on landscape A4.
     */
    void write(Certificate certificate, Path target) {
        ReportLearner learner = certificate.learner();
        ModuleInfo module = certificate.module();
        String passedAt = certificate.passedAt();
        ReportLabels english = ReportLabels.of("en", zone);
        ReportLabels malay = ReportLabels.of("ms", zone);
        ReportFiles.write(target, out -> {
            try (PdfCanvas canvas = new PdfCanvas(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()))) {
                canvas.newPage();
                float w = canvas.width();
                float h = canvas.height();
                canvas.fill(0, 0, w, h, new Color(0xfb, 0xf8, 0xef));
                canvas.stroke(22, 22, w - 44, h - 44, PdfCanvas.ACCENT, 5);
                canvas.stroke(32, 32, w - 64, h - 64, GOLD, 1.5f);
                for (float[] corner : new float[][] {{48, 48}, {w - 48, 48}, {48, h - 48}, {w - 48, h - 48}}) {
                    star(canvas, corner[0], corner[1], 11, GOLD);
                }
                float cx = w / 2;
                canvas.centred(cx, h - 105, canvas.serifBold, 34, PdfCanvas.ACCENT, english.get("certificate.title"));
                canvas.centred(cx, h - 135, canvas.serifBold, 20, PdfCanvas.ACCENT, malay.get("certificate.title"));
                canvas.centred(cx, h - 175, canvas.regular, 12, PdfCanvas.MUTED,
                        english.get("certificate.awarded") + "  /  " + malay.get("certificate.awarded"));
                String name = canvas.fit(canvas.serifBold, 36, learner.name(), w - 160);
                canvas.centred(cx, h - 228, canvas.serifBold, 36, PdfCanvas.INK, name);
                canvas.line(cx - 220, h - 240, cx + 220, h - 240, GOLD, 1.2f);
                canvas.centred(cx, h - 272, canvas.regular, 12, PdfCanvas.MUTED,
                        english.get("certificate.for") + "  /  " + malay.get("certificate.for"));
                canvas.centred(cx, h - 305, canvas.bold, 20, PdfCanvas.INK, canvas.fit(canvas.bold, 20, module.title().in("en"), w - 160));
                canvas.centred(cx, h - 332, canvas.bold, 16, PdfCanvas.ACCENT, canvas.fit(canvas.bold, 16, module.title().in("ms"), w - 160));
                String topic = module.topic().map(t -> english.topic(t) + " / " + malay.topic(t)).orElse("");
                canvas.centred(cx, h - 356, canvas.regular, 10, PdfCanvas.MUTED, topic);
                for (int i = -2; i <= 2; i++) {
                    star(canvas, cx + i * 30, h - 392, i == 0 ? 12 : 8, GOLD);
                }
                float lineY = 110;
                canvas.line(120, lineY, 330, lineY, PdfCanvas.MUTED, 0.8f);
                canvas.centred(225, lineY + 8, canvas.bold, 12, PdfCanvas.INK, english.date(passedAt));
                canvas.centred(225, lineY - 14, canvas.regular, 9, PdfCanvas.MUTED,
                        english.get("certificate.date") + " / " + malay.get("certificate.date") + ": " + malay.date(passedAt));
                canvas.line(w - 330, lineY, w - 120, lineY, PdfCanvas.MUTED, 0.8f);
                canvas.centred(w - 225, lineY - 14, canvas.regular, 9, PdfCanvas.MUTED,
                        english.get("certificate.signed") + " / " + malay.get("certificate.signed"));
                canvas.centred(cx, 56, canvas.regular, 8, PdfCanvas.MUTED, "Jaga");
                canvas.finishPlain(out, english.get("report.fontNote", PdfText.MISSING));
            }
        });
    }

    private static void star(PdfCanvas canvas, float cx, float cy, float r, Color color) throws IOException {
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? r : r * 0.45f;
            float x = (float) (cx + radius * Math.cos(angle));
            float y = (float) (cy + radius * Math.sin(angle));
            if (i == 0) {
                canvas.content().moveTo(x, y);
            } else {
                canvas.content().lineTo(x, y);
            }
        }
        canvas.content().closePath();
        canvas.content().setNonStrokingColor(color);
        canvas.content().fill();
    }
}
