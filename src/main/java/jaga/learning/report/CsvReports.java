package jaga.learning.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Class, learner and family reports as CSV that opens cleanly in Excel and LibreOffice: UTF-8
 * with a byte order mark, RFC 4180 quoting with CRLF line ends, numbers written bare (never
 * quoted, no % sign), times as local date-times a spreadsheet reads as dates
 * ({@code 2026-11-22 16:21:04}, in the labels' time zone). Two shapes: the detailed one, a row per
 * learner and module, so every learner appears even with no activity; and one row per pupil, with
 * a best score and a passed column per module. Text that a spreadsheet would run as a formula gets
 * a leading apostrophe. Columns are described in docs/reports.md.
 */
public final class CsvReports {
    public static final String BOM = "\uFEFF";
    public static final List<String> COLUMNS = List.of("class", "learner_number", "learner_name", "band", "module_id",
            "module_title", "topic", "module_band", "state", "lessons_done", "lessons_total", "quiz_tries",
            "best_score_percent", "last_score_percent", "passed", "last_active");

    /** The first columns of the one-row-per-pupil CSV; then two per module (see {@link #pupilColumns}). */
    public static final List<String> PUPIL_COLUMNS = List.of("class", "learner_number", "learner_name", "band",
            "modules_passed", "average_best_score_percent", "last_active");
    /** A spreadsheet reads this as a date and time. */
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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
        write(target, COLUMNS, rows, progress);
    }

    public void writeLearner(LearnerReport report, Path target, ExportProgress progress) {
        progress.step(0, report.learner().name());
        write(target, COLUMNS, learnerRows("", report.learner(), report.modules()), progress);
    }

    public void writeFamily(FamilyOverview family, Path target, ExportProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        int done = 0;
        for (LearnerReport child : family.children()) {
            progress.step((double) done++ / Math.max(1, family.children().size()), child.learner().name());
            rows.addAll(learnerRows("", child.learner(), child.modules()));
        }
        write(target, COLUMNS, rows, progress);
    }

    /** One row per pupil of the class, a best score and a passed column per module of the report. */
    public void writeClassPupils(ClassReport report, Path target, ExportProgress progress) {
        List<Pupil> pupils = report.rows().stream()
                .map(row -> new Pupil(row.learner(), row.cells(), row.modulesPassed(), row.averageBestScore(), row.lastActive()))
                .toList();
        writePupils(report.className(), report.modules(), pupils, target, progress);
    }

    /** One row per child (every learner not archived), a column pair per module any of them has. */
    public void writeFamilyPupils(FamilyOverview family, Path target, ExportProgress progress) {
        List<ModuleInfo> modules = family.children().stream().flatMap(c -> c.modules().stream())
                .map(ModuleRow::module).distinct().sorted(ReportService.MODULE_ORDER).toList();
        writePupils("", modules, family.children().stream().map(CsvReports::pupil).toList(), target, progress);
    }

    /** The learner's one row. */
    public void writeLearnerPupil(LearnerReport report, Path target, ExportProgress progress) {
        writePupils("", report.modules().stream().map(ModuleRow::module).toList(), List.of(pupil(report)), target, progress);
    }

    private static Pupil pupil(LearnerReport report) {
        List<Integer> best = report.modules().stream().map(ModuleRow::bestScore).filter(java.util.Objects::nonNull).toList();
        Double average = best.isEmpty() ? null : best.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return new Pupil(report.learner(), report.modules(), report.modulesPassed(), average, report.lastActive());
    }

    private record Pupil(ReportLearner learner, List<ModuleRow> cells, int passed, Double average, String lastActive) {}

    /** The header of the one-row-per-pupil CSV for these modules: {@code <module_id> best}, {@code <module_id> passed}. */
    public static List<String> pupilColumns(List<ModuleInfo> modules) {
        List<String> columns = new ArrayList<>(PUPIL_COLUMNS);
        for (ModuleInfo module : modules) {
            columns.add(module.id() + " best");
            columns.add(module.id() + " passed");
        }
        return columns;
    }

    private void writePupils(String className, List<ModuleInfo> modules, List<Pupil> pupils, Path target,
                             ExportProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        int done = 0;
        for (Pupil pupil : pupils) {
            progress.step((double) done++ / Math.max(1, pupils.size()), pupil.learner().name());
            Map<String, ModuleRow> byModule = new HashMap<>();
            pupil.cells().forEach(cell -> byModule.put(cell.module().id(), cell));
            List<Object> cells = new ArrayList<>(List.of(className, pupil.learner().id(), pupil.learner().name(),
                    labels.band(pupil.learner().band()), pupil.passed()));
            cells.add(pupil.average() == null ? null : Math.round(pupil.average()));
            cells.add(localTime(pupil.lastActive()));
            for (ModuleInfo module : modules) {
                ModuleRow cell = byModule.get(module.id());
                boolean shown = cell != null && (cell.inBand() || cell.touched());
                cells.add(shown ? cell.bestScore() : null);
                cells.add(shown ? (Object) (cell.passed() ? 1 : 0) : null);
            }
            rows.add(cells);
        }
        write(target, pupilColumns(modules), rows, progress);
    }

    /** An ISO-8601 instant as a local date-time a spreadsheet reads as a date; null stays empty. */
    String localTime(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return LOCAL_TIME.format(Instant.parse(instant).atZone(labels.zone()));
        } catch (DateTimeParseException e) {
            return instant;
        }
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
            cells.add(localTime(row.lastActive()));
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

    private static void write(Path target, List<String> columns, List<List<Object>> rows, ExportProgress progress) {
        ReportFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8);
            writer.write(BOM);
            writer.write(line(new ArrayList<>(columns)));
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
