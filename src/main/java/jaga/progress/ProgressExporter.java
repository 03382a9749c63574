package jaga.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jaga.files.AtomicFiles;
import jaga.progress.ProgressExport.AnswerData;
import jaga.progress.ProgressExport.AttemptData;
import jaga.progress.ProgressExport.BadgeData;
import jaga.progress.ProgressExport.ChatChoiceData;
import jaga.progress.ProgressExport.ClassData;
import jaga.progress.ProgressExport.LearnerData;
import jaga.progress.ProgressExport.LessonData;
import jaga.progress.ProgressExport.ModuleChoiceData;
import jaga.progress.ProgressExport.ReviewData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes an export (docs/data-format.md) from the progress file, one learner or everything, and
 * writes it to a file whole or not at all. Reading it back is {@link ExportReader}; merging it
 * into a progress file {@link ProgressImporter}.
 */
final class ProgressExporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Database database;
    private final Sql sql;

    ProgressExporter(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    /** One learner and everything of theirs. */
    ProgressExport exportLearner(long learnerId) {
        List<LearnerData> learner = learners("WHERE id = ?", learnerId);
        if (learner.isEmpty()) {
            throw new ProgressException("There is no learner number " + learnerId + " to export.");
        }
        return new ProgressExport(ProgressExport.FORMAT, ProgressExport.FORMAT_VERSION, database.now(),
                database.schemaVersion(), learner, classes(learner), null);
    }

    /**
     * Every learner, class and adult setting: the file to move Jaga to a new computer. The adult
     * PIN's and recovery code's hashes and the PIN's lock stay here ({@link PinSettings#isPinSetting}).
     */
    ProgressExport exportEverything() {
        List<ClassData> classes = sql.query("read the classes",
                "SELECT id, name, created_at, archived FROM school_class ORDER BY name", this::classData);
        Map<String, String> settings = new LinkedHashMap<>();
        new SettingsRepository(database).all().forEach((key, value) -> {
            if (!PinSettings.isPinSetting(key)) {
                settings.put(key, value);
            }
        });
        return new ProgressExport(ProgressExport.FORMAT, ProgressExport.FORMAT_VERSION, database.now(),
                database.schemaVersion(), learners("", new Object[0]), classes, settings);
    }

    private List<ClassData> classes(List<LearnerData> learners) {
        List<String> names = learners.stream().flatMap(l -> l.classes().stream()).distinct().toList();
        List<ClassData> classes = new ArrayList<>();
        for (String name : names) {
            classes.addAll(sql.query("read the classes",
                    "SELECT id, name, created_at, archived FROM school_class WHERE name = ?", this::classData, name));
        }
        return classes;
    }

    /** A class with the age bands and module choices an adult made for it. */
    private ClassData classData(ResultSet row) throws SQLException {
        long classId = row.getLong(1);
        ModuleAssignmentRepository assignments = new ModuleAssignmentRepository(database);
        return new ClassData(row.getString(2), row.getString(3), row.getInt(4) == 1,
                List.copyOf(assignments.classBands(classId)), choices(assignments.classModules(classId)));
    }

    private static List<ModuleChoiceData> choices(Map<String, Boolean> modules) {
        return modules.entrySet().stream().map(e -> new ModuleChoiceData(e.getKey(), e.getValue())).toList();
    }

    private List<LearnerData> learners(String where, Object... parameters) {
        record Row(long id, LearnerData data) {}
        List<Row> rows = sql.query("read the learners",
                "SELECT id, uid, display_name, avatar, band, locale, created_at, archived FROM learner " + where
                        + " ORDER BY id",
                row -> new Row(row.getLong(1), new LearnerData(row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getInt(8) == 1,
                        null, null, null, null, null, null, null)), parameters);
        List<LearnerData> result = new ArrayList<>();
        for (Row row : rows) {
            result.add(withProgress(row.id(), row.data()));
        }
        return result;
    }

    private LearnerData withProgress(long learnerId, LearnerData learner) {
        List<String> classes = sql.query("read the classes",
                "SELECT c.name FROM class_member m JOIN school_class c ON c.id = m.class_id WHERE m.learner_id = ?"
                        + " ORDER BY c.name", row -> row.getString(1), learnerId);
        List<LessonData> lessons = sql.query("read lesson progress",
                "SELECT module_id, content_version, lesson_id, step_index, completed_at, updated_at FROM lesson_progress"
                        + " WHERE learner_id = ? ORDER BY module_id, lesson_id",
                row -> new LessonData(row.getString(1), integer(row, 2), row.getString(3), row.getInt(4),
                        row.getString(5), row.getString(6)), learnerId);
        List<ChatChoiceData> choices = sql.query("read the chat replies",
                "SELECT module_id, content_version, lesson_id, step_id, choice_id, chosen_at FROM chat_choice"
                        + " WHERE learner_id = ? ORDER BY chosen_at, module_id, lesson_id, step_id",
                row -> new ChatChoiceData(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)), learnerId);
        Map<String, List<AnswerData>> answers = new HashMap<>();
        sql.query("read the answers",
                "SELECT a.uid, q.question_id, q.response, q.credit, q.time_taken_ms, q.answered_at"
                        + " FROM quiz_attempt a JOIN quiz_answer q ON q.attempt_id = a.id WHERE a.learner_id = ?"
                        + " ORDER BY q.id",
                row -> answers.computeIfAbsent(row.getString(1), uid -> new ArrayList<>()).add(new AnswerData(
                        row.getString(2), row.getString(3), row.getDouble(4), longOrNull(row, 5), row.getString(6))),
                learnerId);
        List<AttemptData> attempts = sql.query("read the quiz attempts",
                "SELECT uid, module_id, content_version, started_at, finished_at, score_percent, passed FROM quiz_attempt"
                        + " WHERE learner_id = ? ORDER BY started_at, uid",
                row -> {
                    Integer passed = integer(row, 7);
                    return new AttemptData(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                            row.getString(5), integer(row, 6), passed == null ? null : passed == 1,
                            answers.getOrDefault(row.getString(1), List.of()));
                }, learnerId);
        List<BadgeData> badges = sql.query("read the badges",
                "SELECT badge_id, module_id, earned_at FROM badge WHERE learner_id = ? ORDER BY badge_id",
                row -> new BadgeData(row.getString(1), row.getString(2), row.getString(3)), learnerId);
        List<ReviewData> reviews = sql.query("read the review list",
                "SELECT module_id, question_id, box, due_on, last_reviewed_at FROM review_item WHERE learner_id = ?"
                        + " ORDER BY module_id, question_id",
                row -> new ReviewData(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getString(5)), learnerId);
        return new LearnerData(learner.uid(), learner.displayName(), learner.avatar(), learner.band(), learner.locale(),
                learner.createdAt(), learner.archived(), classes,
                choices(new ModuleAssignmentRepository(database).learnerModules(learnerId)), lessons, choices, attempts,
                badges, reviews, exportable(settings(learnerId)));
    }

    /** The learner's settings and, as format 3 carries it among them, their step work ({@code work.<module>.<step>}). */
    private Map<String, String> settings(long learnerId) {
        Map<String, String> settings = new LinkedHashMap<>(new LearnerSettingsRepository(database).all(learnerId));
        settings.putAll(new StepWorkRepository(database).asSettings(learnerId));
        return settings;
    }

    /**
     * The learner's settings a file can carry: a key longer than an id (step work in a module and step
     * whose ids together pass 200 characters) would make the whole file refused on import, so only that
     * step's redraw state stays behind; its answers travel as answers.
     */
    private static Map<String, String> exportable(Map<String, String> settings) {
        Map<String, String> kept = new LinkedHashMap<>(settings);
        kept.keySet().removeIf(key -> key.length() > ExportCheck.MAX_ID);
        return kept;
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /**
     * Writes the export to {@code out}, whole or not at all; with {@code replace} an existing file
     * there (one the adult chose to replace in a save dialog) is replaced in the same move.
     */
    static void write(ProgressExport export, Path out, boolean replace) {
        Path target = out.toAbsolutePath();
        if (!replace && Files.exists(target)) {
            throw new ProgressException.UnusableFile("file.exists", "The file " + target + " already exists; Jaga does not"
                    + " overwrite it. Choose another name.", null);
        }
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.Body body = stream -> JSON.writeValue(stream, export);
            if (replace) {
                AtomicFiles.write(target, body, AtomicFiles.Option.REPLACE_EXISTING);
            } else {
                AtomicFiles.write(target, body);
            }
        } catch (IOException e) {
            throw new ProgressException.UnusableFile("file.notWritten", "Could not write " + target + ": " + DataTransfer.plain(e)
                    + ". Nothing was written.", e);
        }
    }
}
