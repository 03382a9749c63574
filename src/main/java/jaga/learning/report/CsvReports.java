package jaga.learning.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Class, learner and family reports as CSV that opens cleanly in Excel and LibreOffice: UTF-8
 * with a byte order mark, RFC 4180 quoting with CRLF line ends, numbers written bare (never
 * quoted, no % sign), times ISO-8601 UTC, and one row per learner and module, so every learner
 * appears even with no activity. Text that a spreadsheet would run as a formula gets a leading
 * apostrophe. Columns are described in docs/reports.md.
 */
public final class CsvReports {
    public static final String BOM = "\uFEFF";
    public static final List<String> COLUMNS = List.of("class", "learner_number", "learner_name", "band", "module_id",
            "module_title", "topic", "module_band", "state", "lessons_done", "lessons_total", "quiz_tries",
            "best_score_percent", "last_score_percent", "passed", "last_active");

    private final ReportLabels labels;

    public CsvReports(ReportLabels labels) {
        this.labels = labels;
    }

    public void writeClass(ClassReport report, Path target, ExportProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        int done = 0;
        for (ClassReport.Row row : report.rows()) {
            progress.step((double) done++ / Math.max(1, report.rows().size()), row.learner().name());
            rows.addAll(learnerRows(report.className(), row.learner(), row.cells().stream()
                    .filter(cell -> cell.inBand() || cell.touched()).toList()));
        }
        write(target, rows, progress);
    }

    public void writeLearner(LearnerReport report, Path target, ExportProgress progress) {
        progress.step(0, report.learner().name());
        write(target, learnerRows("", report.learner(), report.modules()), progress);
    }

    public void writeFamily(FamilyOverview family, Path target, ExportProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        int done = 0;
        for (LearnerReport child : family.children()) {
            progress.step((double) done++ / Math.max(1, family.children().size()), child.learner().name());
            rows.addAll(learnerRows("", child.learner(), child.modules()));
        }
        write(target, rows, progress);
    }

    private List<List<Object>> learnerRows(String className, ReportLearner learner, List<ModuleRow> modules) {
        List<List<Object>> rows = new ArrayList<>();
        for (ModuleRow row : modules) {
            List<Object> cells = new ArrayList<>(List.of(className, learner.id(), learner.name(), labels.band(learner.band()),
                    row.module().id(), row.module().title().in(labels.language()),
                    row.module().topic().map(labels::topic).orElse(""),
                    row.module().band().map(b -> labels.band(b.code())).orElse(""),
                    labels.state(row.state()), row.lessonsDone()));
            cells.add(row.module().retired() ? null : row.module().lessonsTotal());
            cells.add(row.attempts());
            cells.add(row.bestScore());
            cells.add(row.lastScore());
            cells.add(row.passed() ? 1 : 0);
            cells.add(row.lastActive());
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            // A learner whose band has no modules still gets a row: no learner goes missing.
            List<Object> cells = new ArrayList<>(List.of(className, learner.id(), learner.name(), labels.band(learner.band())));
            while (cells.size() < COLUMNS.size()) {
                cells.add(null);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static void write(Path target, List<List<Object>> rows, ExportProgress progress) {
        ReportFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8);
            writer.write(BOM);
            writer.write(line(new ArrayList<>(COLUMNS)));
            for (List<Object> row : rows) {
                writer.write(line(row));
            }
            writer.flush();
            progress.step(1, "");
        });
    }

    static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A number is written as it is; text is neutralised and quoted when it must be. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = neutralise(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * A cell starting with = + - @ tab or carriage return would be run as a formula by a
     * spreadsheet (CSV injection): a leading apostrophe makes it plain text.
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
