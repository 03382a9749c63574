package jaga.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jaga.progress.ProgressExport.AnswerData;
import jaga.progress.ProgressExport.AttemptData;
import jaga.progress.ProgressExport.BadgeData;
import jaga.progress.ProgressExport.ChatChoiceData;
import jaga.progress.ProgressExport.ClassData;
import jaga.progress.ProgressExport.ModuleChoiceData;
import jaga.progress.ProgressExport.LearnerData;
import jaga.progress.ProgressExport.LessonData;
import jaga.progress.ProgressExport.ReviewData;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A family's data rights: export one learner or everything to JSON (docs/data-format.md), and
 * import such a file, merging by learner so that importing the same file twice adds nothing.
 */
public final class DataTransfer {
    /**
     * The limits of a file Jaga imports (docs/data-format.md, "Limits"), checked as the file is read
     * and before it is read whole: a file from elsewhere is never trusted to be small or well made.
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Lists within lists: an export is at most 7 deep (an answer in an attempt of a learner). */
    public static final int MAX_DEPTH = 10;
    /** Entries in any one list (the outside tester tried 50,000 learners: that still imports). */
    public static final int MAX_LIST = 100_000;
    /** Values in the whole file: a school of 1,000 learners who each gave 360 quiz answers has about 3 million. */
    public static final long MAX_VALUES = 5_000_000;
    /** Characters in any one text; a name has at most {@link Names#MAX_LENGTH}, an id at most 200. */
    public static final int MAX_TEXT = 10_000;
    /** Characters of a number as written. */
    public static final int MAX_NUMBER = 30;
    /** Characters of a field name. */
    public static final int MAX_NAME = 100;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    /** Reads as strictly as the format is written: no unknown fields, no "4" for 4, no 1.5 for a whole number. */
    private static final ObjectMapper READER = com.fasterxml.jackson.databind.json.JsonMapper.builder(ExportFile.factory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private final Database database;
    private final Sql sql;

    public DataTransfer(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    // ---------------------------------------------------------------- export

    /** One learner and everything of theirs. */
    public ProgressExport exportLearner(long learnerId) {
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
    public ProgressExport exportEverything() {
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
                badges, reviews);
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    // ---------------------------------------------------------------- files

    /**
     * Writes the export to {@code out}, which must not exist yet: the file appears whole or not
     * at all (written beside it, then moved into place).
     */
    public static void write(ProgressExport export, Path out) {
        write(export, out, false);
    }

    /**
     * Writes the export to {@code out}, whole or not at all; with {@code replace} an existing file
     * there (one the adult chose to replace in a save dialog) is replaced in the same move.
     */
    public static void write(ProgressExport export, Path out, boolean replace) {
        Path target = out.toAbsolutePath();
        if (!replace && Files.exists(target)) {
            throw new ProgressException.UnusableFile("The file " + target + " already exists; Jaga does not"
                    + " overwrite it. Choose another name.", null);
        }
        Path folder = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".jaga-export", ".tmp");
            JSON.writeValue(temporary.toFile(), export);
            if (replace) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ProgressException.UnusableFile("Could not write " + target + ": " + plain(e)
                    + ". Nothing was written.", e);
        }
    }

    /** Reads an export, or throws {@link ProgressException.UnusableFile} saying in one sentence why it cannot be. */
    public static ProgressExport read(Path file) {
        Reading reading = open(file);
        if (reading instanceof Reading.Refused refused) {
            throw new ProgressException.UnusableFile(refused.sentence(file), refused.cause());
        }
        return ((Reading.Readable) reading).export();
    }

    /** Why a file cannot be imported, in words an adult can act on (the page says them in both languages). */
    public enum Refusal {
        /** Not a Jaga export at all: another program's file, a photo, a document. */
        NOT_AN_EXPORT,
        /** A Jaga export that is cut short, changed by hand or otherwise broken. */
        DAMAGED,
        /** Made by a newer Jaga, in a format this one does not know yet. */
        NEWER,
        /** The file could not be read: gone, no permission, a disk error. */
        UNREADABLE
    }

    /** What reading a file gave: an export to import, or why not. */
    public sealed interface Reading {
        record Readable(ProgressExport export) implements Reading {}

        /** @param detail what exactly was wrong, in English, for the log or the command line */
        record Refused(Refusal reason, String detail, Exception cause) implements Reading {
            /** The command line's one sentence. */
            String sentence(Path file) {
                return switch (reason) {
                    case NOT_AN_EXPORT -> "The file " + file + " is not a Jaga export (" + detail + "). Nothing was imported.";
                    case DAMAGED -> "The file " + file + " is a damaged Jaga export (" + detail + "). Nothing was imported.";
                    case NEWER -> "The file " + file + " was exported by a newer version of Jaga (" + detail
                            + "). Update Jaga to import it; nothing was imported.";
                    case UNREADABLE -> "Could not read " + file + ": " + detail + ". Nothing was imported.";
                };
            }
        }
    }

    /**
     * Reads an export file. First a reading that keeps nothing ({@link ExportFile}): the size, UTF-8,
     * and every limit, each found with its place; there it also learns whether the file says it is an
     * export and of which version (so a newer file is called newer, not broken). Then the records,
     * read as strictly as they are written, and every value checked ({@link ExportCheck}). Never
     * throws for a bad file: each thing wrong is said exactly, never in Java's words.
     */
    public static Reading open(Path file) {
        ExportFile.Scan scan;
        try {
            scan = ExportFile.scan(file);
        } catch (IOException e) {
            return new Reading.Refused(Refusal.UNREADABLE, plain(e), e);
        }
        ExportFile.Problem problem = scan.problem();
        boolean named = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(ProgressExport.FILE_EXTENSION);
        if (scan.format() == null) {
            boolean claimsToBeOne = named || startsLikeAnExport(file);
            if (problem != null) {
                String detail = problem.kind() == ExportFile.Kind.NOT_JSON
                        ? (claimsToBeOne ? "it is cut short or changed: " : "it is not a JSON file: ") + problem.detail()
                        : problem.detail();
                return new Reading.Refused(claimsToBeOne ? Refusal.DAMAGED : Refusal.NOT_AN_EXPORT, detail, null);
            }
            return new Reading.Refused(named && scan.empty() ? Refusal.DAMAGED : Refusal.NOT_AN_EXPORT,
                    "it does not say \"format\": \"" + ProgressExport.FORMAT + "\"", null);
        }
        if (!ProgressExport.FORMAT.equals(scan.format())) {
            return new Reading.Refused(Refusal.NOT_AN_EXPORT,
                    "it does not say \"format\": \"" + ProgressExport.FORMAT + "\"", null);
        }
        Integer version = versionNumber(scan);
        if (version == null) {
            return new Reading.Refused(Refusal.DAMAGED, problem != null && scan.versionToken() == null
                    ? damagedDetail(problem) : "its formatVersion is not a version number", null);
        }
        if (version > ProgressExport.FORMAT_VERSION) {
            return new Reading.Refused(Refusal.NEWER, "format version " + version + ", this Jaga reads up to "
                    + ProgressExport.FORMAT_VERSION, null);
        }
        if (problem != null) {
            return new Reading.Refused(Refusal.DAMAGED, damagedDetail(problem), null);
        }
        ProgressExport export;
        try {
            export = READER.readValue(file.toFile(), ProgressExport.class);
        } catch (JsonProcessingException e) {
            return new Reading.Refused(Refusal.DAMAGED, ExportErrors.describe(e, file), e);
        } catch (IOException e) {
            return new Reading.Refused(Refusal.UNREADABLE, plain(e), e);
        }
        try {
            return new Reading.Readable(ExportCheck.check(export));
        } catch (ExportCheck.Invalid e) {
            return new Reading.Refused(Refusal.DAMAGED, e.getMessage(), null);
        }
    }

    private static String damagedDetail(ExportFile.Problem problem) {
        return problem.kind() == ExportFile.Kind.NOT_JSON ? "it is cut short or changed: " + problem.detail() : problem.detail();
    }

    /** The formatVersion if it is a whole number from 1, else null. */
    private static Integer versionNumber(ExportFile.Scan scan) {
        if (scan.versionToken() != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
            return null;
        }
        try {
            int version = Integer.parseInt(scan.versionText());
            return version >= 1 ? version : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the file's first few kilobytes name the export format (it was one, now cut short). */
    private static boolean startsLikeAnExport(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("\"" + ProgressExport.FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    /** The files in a folder to import, and how many other files were left alone. */
    public record Folder(List<Path> exports, int otherFiles) {
        public Folder {
            exports = List.copyOf(exports);
        }
    }

    /**
     * The export files in a folder (a USB stick of PC01.jaga-progress ... PC35.jaga-progress):
     * files ending in .jaga-progress or .json, by name; sub-folders and hidden files (such as the
     * "._" copies macOS leaves on USB sticks) are not looked in or counted as exports.
     */
    public static Folder exportsIn(Path folder) {
        List<Path> exports = new ArrayList<>();
        int others = 0;
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted(java.util.Comparator.comparing(p -> p.getFileName().toString(),
                    String.CASE_INSENSITIVE_ORDER)).toList()) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!Files.isRegularFile(entry)) {
                    continue;
                }
                if (!name.startsWith(".") && (lower.endsWith(ProgressExport.FILE_EXTENSION) || lower.endsWith(".json"))) {
                    exports.add(entry);
                } else {
                    others++;
                }
            }
        } catch (IOException e) {
            throw new ProgressException.UnusableFile("Could not look in the folder " + folder + ": " + plain(e) + ".", e);
        }
        return new Folder(exports, others);
    }

    static String plain(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the write failure is what the user needs to hear about
            }
        }
    }

    // ---------------------------------------------------------------- import

    /**
     * Merges the export into this database in one transaction (all or nothing). Learners are
     * matched by their uid, quiz attempts by theirs; anything already here is kept, so importing
     * the same file again adds nothing.
     */
    public ImportSummary importData(ProgressExport export) {
        return importData(export, () -> false);
    }

    /**
     * As {@link #importData(ProgressExport)}, stopping if {@code cancelled} says so: then
     * {@link ImportCancelled} is thrown and the transaction rolled back, so nothing of the file is kept.
     */
    public ImportSummary importData(ProgressExport export, java.util.function.BooleanSupplier cancelled) {
        // Checked here too, not only when a file is read: whatever the records came from, nothing
        // unchecked is stored (a bad time once imported broke `jaga learners` on that folder).
        ProgressExport checked;
        try {
            checked = ExportCheck.check(export);
        } catch (ExportCheck.Invalid e) {
            throw new ProgressException.UnusableFile("The export is damaged (" + e.getMessage() + "); nothing was imported.",
                    null);
        }
        return database.inTransaction("import the progress",
                connection -> new Importer(connection, cancelled).run(checked));
    }

    /** An import stopped by the adult; its transaction was rolled back. */
    public static final class ImportCancelled extends ProgressException {
        private static final long serialVersionUID = 1L;

        public ImportCancelled() {
            super("The import was cancelled; nothing from the file was saved.");
        }
    }

    /** What an import changed: new learners, learners merged into existing ones, and new records. */
    public record ImportSummary(int learnersAdded, int learnersMerged, int classesAdded, int lessonPlacesAdded,
                                int chatChoicesAdded, int attemptsAdded, int answersAdded, int badgesAdded,
                                int reviewItemsAdded, int settingsAdded) {
        public int recordsAdded() {
            return learnersAdded + classesAdded + lessonPlacesAdded + chatChoicesAdded + attemptsAdded + answersAdded
                    + badgesAdded + reviewItemsAdded + settingsAdded;
        }
    }

    private final class Importer {
        private final Connection connection;
        private final java.util.function.BooleanSupplier cancelled;
        private final Map<String, Long> classIds = new LinkedHashMap<>();
        private final Map<String, ClassData> classData = new HashMap<>();
        private int learnersAdded;
        private int learnersMerged;
        private int classesAdded;
        private int lessonsAdded;
        private int choicesAdded;
        private int attemptsAdded;
        private int answersAdded;
        private int badgesAdded;
        private int reviewsAdded;
        private int settingsAdded;

        Importer(Connection connection, java.util.function.BooleanSupplier cancelled) {
            this.connection = connection;
            this.cancelled = cancelled;
        }

        ImportSummary run(ProgressExport export) throws SQLException {
            String now = database.now();
            for (ClassData data : export.classes()) {
                classData.put(data.name().strip(), data);
            }
            for (ClassData data : export.classes()) {
                classId(data.name(), now);
            }
            try (PreparedStatement findLearner = connection.prepareStatement("SELECT id FROM learner WHERE uid = ?");
                 PreparedStatement addLearner = connection.prepareStatement(
                         "INSERT INTO learner (uid, display_name, avatar, band, locale, created_at, archived)"
                                 + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement addMember = connection.prepareStatement(
                         "INSERT INTO class_member (class_id, learner_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement addLearnerModule = connection.prepareStatement(
                         "INSERT INTO learner_module (learner_id, module_id, shown) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement findLesson = connection.prepareStatement(
                         "SELECT 1 FROM lesson_progress WHERE learner_id = ? AND module_id = ? AND lesson_id = ?");
                 PreparedStatement mergeLesson = connection.prepareStatement(
                         "INSERT INTO lesson_progress (learner_id, module_id, content_version, lesson_id, step_index,"
                                 + " completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                 + " ON CONFLICT (learner_id, module_id, lesson_id) DO UPDATE SET"
                                 + " step_index = CASE WHEN excluded.updated_at > lesson_progress.updated_at"
                                 + "   THEN excluded.step_index ELSE lesson_progress.step_index END,"
                                 + " content_version = CASE WHEN excluded.updated_at > lesson_progress.updated_at"
                                 + "   THEN excluded.content_version ELSE lesson_progress.content_version END,"
                                 + " completed_at = CASE WHEN lesson_progress.completed_at IS NULL THEN excluded.completed_at"
                                 + "   WHEN excluded.completed_at IS NULL THEN lesson_progress.completed_at"
                                 + "   ELSE min(lesson_progress.completed_at, excluded.completed_at) END,"
                                 + " updated_at = max(lesson_progress.updated_at, excluded.updated_at)"
                                 // only when the file's place is newer or its completion earlier: an update that
                                 // changes nothing would still fire the hub outbox's trigger and queue the row again
                                 + " WHERE excluded.updated_at > lesson_progress.updated_at"
                                 + "   OR (lesson_progress.completed_at IS NULL AND excluded.completed_at IS NOT NULL)"
                                 + "   OR excluded.completed_at < lesson_progress.completed_at");
                 PreparedStatement addChoice = connection.prepareStatement(
                         "INSERT INTO chat_choice (learner_id, module_id, content_version, lesson_id, step_id, choice_id,"
                                 + " chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement findAttempt = connection.prepareStatement(
                         "SELECT id, learner_id FROM quiz_attempt WHERE uid = ?");
                 PreparedStatement addAttempt = connection.prepareStatement(
                         "INSERT INTO quiz_attempt (uid, learner_id, module_id, content_version, started_at, finished_at,"
                                 + " score_percent, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement finishAttempt = connection.prepareStatement(
                         "UPDATE quiz_attempt SET finished_at = ?, score_percent = ?, passed = ?"
                                 + " WHERE id = ? AND finished_at IS NULL AND ? IS NOT NULL");
                 PreparedStatement addAnswer = connection.prepareStatement(
                         "INSERT INTO quiz_answer (attempt_id, question_id, response, credit, time_taken_ms, answered_at)"
                                 + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO NOTHING");
                 PreparedStatement addBadge = connection.prepareStatement(
                         "INSERT INTO badge (learner_id, badge_id, module_id, earned_at) VALUES (?, ?, ?, ?)"
                                 + " ON CONFLICT DO NOTHING");
                 PreparedStatement findReview = connection.prepareStatement(
                         "SELECT 1 FROM review_item WHERE learner_id = ? AND module_id = ? AND question_id = ?");
                 PreparedStatement mergeReview = connection.prepareStatement(
                         "INSERT INTO review_item (learner_id, module_id, question_id, box, due_on, last_reviewed_at)"
                                 + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, module_id, question_id) DO UPDATE SET"
                                 + " box = excluded.box, due_on = excluded.due_on, last_reviewed_at = excluded.last_reviewed_at"
                                 + " WHERE coalesce(excluded.last_reviewed_at, '') > coalesce(review_item.last_reviewed_at, '')")) {

                for (LearnerData learner : export.learners()) {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelled();
                    }
                    long learnerId;
                    Long existing = single(findLearner, learner.uid());
                    if (existing != null) {
                        learnerId = existing;
                        learnersMerged++;
                    } else {
                        bind(addLearner, learner.uid(), learner.displayName().strip(), learner.avatar(), learner.band(),
                                learner.locale() == null ? "en" : learner.locale(),
                                learner.createdAt() == null ? now : learner.createdAt(), learner.archived() ? 1 : 0);
                        addLearner.executeUpdate();
                        learnerId = generatedId(addLearner);
                        learnersAdded++;
                    }
                    for (String className : learner.classes()) {
                        bind(addMember, classId(className, now), learnerId, now);
                        addMember.executeUpdate();
                    }
                    // Choices already made here for this learner are kept; the file's fill the gaps.
                    for (ModuleChoiceData module : learner.modules()) {
                        bind(addLearnerModule, learnerId, module.moduleId(), module.shown() ? 1 : 0);
                        addLearnerModule.executeUpdate();
                    }
                    for (LessonData lesson : learner.lessons()) {
                        if (!exists(findLesson, learnerId, lesson.moduleId(), lesson.lessonId())) {
                            lessonsAdded++;
                        }
                        bind(mergeLesson, learnerId, lesson.moduleId(), lesson.contentVersion(), lesson.lessonId(),
                                lesson.stepIndex(), lesson.completedAt(), lesson.updatedAt());
                        mergeLesson.executeUpdate();
                    }
                    for (ChatChoiceData choice : learner.chatChoices()) {
                        bind(addChoice, learnerId, choice.moduleId(), choice.contentVersion(), choice.lessonId(),
                                choice.stepId(), choice.choiceId(), choice.chosenAt());
                        choicesAdded += addChoice.executeUpdate();
                    }
                    for (AttemptData attempt : learner.quizAttempts()) {
                        long attemptId;
                        bind(findAttempt, attempt.uid());
                        Long found = null;
                        try (ResultSet rows = findAttempt.executeQuery()) {
                            if (rows.next()) {
                                found = rows.getLong(1);
                                if (rows.getLong(2) != learnerId) {
                                    throw new ProgressException.UnusableFile("The export gives quiz attempt "
                                            + attempt.uid() + " to " + learner.displayName() + ", but here it belongs to"
                                            + " someone else; nothing was imported.", null);
                                }
                            }
                        }
                        Integer passed = attempt.passed() == null ? null : attempt.passed() ? 1 : 0;
                        if (found == null) {
                            bind(addAttempt, attempt.uid(), learnerId, attempt.moduleId(), attempt.contentVersion(),
                                    attempt.startedAt(), attempt.finishedAt(), attempt.scorePercent(), passed);
                            addAttempt.executeUpdate();
                            attemptId = generatedId(addAttempt);
                            attemptsAdded++;
                        } else {
                            attemptId = found;
                            bind(finishAttempt, attempt.finishedAt(), attempt.scorePercent(), passed, attemptId,
                                    attempt.finishedAt());
                            finishAttempt.executeUpdate();
                        }
                        for (AnswerData answer : attempt.answers()) {
                            bind(addAnswer, attemptId, answer.questionId(), answer.response(), answer.credit(),
                                    answer.timeTakenMs(), answer.answeredAt());
                            answersAdded += addAnswer.executeUpdate();
                        }
                    }
                    for (BadgeData badge : learner.badges()) {
                        bind(addBadge, learnerId, badge.badgeId(), badge.moduleId(), badge.earnedAt());
                        badgesAdded += addBadge.executeUpdate();
                    }
                    for (ReviewData review : learner.reviewItems()) {
                        if (!exists(findReview, learnerId, review.moduleId(), review.questionId())) {
                            reviewsAdded++;
                        }
                        bind(mergeReview, learnerId, review.moduleId(), review.questionId(), review.box(), review.dueOn(),
                                review.lastReviewedAt());
                        mergeReview.executeUpdate();
                    }
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelled();
            }
            if (export.adultSettings() != null) {
                try (PreparedStatement addSetting = connection.prepareStatement(
                        "INSERT INTO adult_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (Map.Entry<String, String> setting : export.adultSettings().entrySet()) {
                        if (PinSettings.isPinSetting(setting.getKey())) {
                            continue; // older exports carry the PIN's hashes: never taken from a file
                        }
                        bind(addSetting, setting.getKey(), setting.getValue(), now);
                        settingsAdded += addSetting.executeUpdate();
                    }
                }
            }
            return new ImportSummary(learnersAdded, learnersMerged, classesAdded, lessonsAdded, choicesAdded,
                    attemptsAdded, answersAdded, badgesAdded, reviewsAdded, settingsAdded);
        }

        /** A class new here gets the file's bands and module choices; one already here keeps its own. */
        private void addClassChoices(long classId, ClassData data) throws SQLException {
            try (PreparedStatement band = connection.prepareStatement(
                         "INSERT INTO class_band (class_id, band) VALUES (?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement module = connection.prepareStatement(
                         "INSERT INTO class_module (class_id, module_id, shown) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String code : data.bands()) {
                    bind(band, classId, code);
                    band.executeUpdate();
                }
                for (ModuleChoiceData choice : data.modules()) {
                    bind(module, classId, choice.moduleId(), choice.shown() ? 1 : 0);
                    module.executeUpdate();
                }
            }
        }

        /** The class of that name here, created (with the export's details if it has them) if missing. */
        private long classId(String name, String now) throws SQLException {
            String clean = name.strip();
            Long known = classIds.get(clean);
            if (known != null) {
                return known;
            }
            try (PreparedStatement find = connection.prepareStatement("SELECT id FROM school_class WHERE lower(name) = lower(?)")) {
                Long id = single(find, clean);
                if (id == null) {
                    ClassData data = classData.get(clean);
                    try (PreparedStatement add = connection.prepareStatement(
                            "INSERT INTO school_class (name, created_at, archived) VALUES (?, ?, ?)")) {
                        bind(add, clean, data == null || data.createdAt() == null ? now : data.createdAt(),
                                data != null && data.archived() ? 1 : 0);
                        add.executeUpdate();
                        id = generatedId(add);
                    }
                    if (data != null) {
                        addClassChoices(id, data);
                    }
                    classesAdded++;
                }
                classIds.put(clean, id);
                return id;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Long single(PreparedStatement statement, Object... parameters) throws SQLException {
        bind(statement, parameters);
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    private static boolean exists(PreparedStatement statement, Object... parameters) throws SQLException {
        return single(statement, parameters) != null;
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was generated");
            }
            return keys.getLong(1);
        }
    }
}
