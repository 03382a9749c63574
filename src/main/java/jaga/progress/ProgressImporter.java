package jaga.progress;

import jaga.progress.DataTransfer.ImportCancelled;
import jaga.progress.DataTransfer.ImportSummary;
import jaga.progress.ProgressExport.AnswerData;
import jaga.progress.ProgressExport.AttemptData;
import jaga.progress.ProgressExport.BadgeData;
import jaga.progress.ProgressExport.ChatChoiceData;
import jaga.progress.ProgressExport.ClassData;
import jaga.progress.ProgressExport.LearnerData;
import jaga.progress.ProgressExport.LessonData;
import jaga.progress.ProgressExport.ModuleChoiceData;
import jaga.progress.ProgressExport.ReviewData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Merges an export into the progress file in one transaction (docs/data-format.md, "How import
 * merges"). Every statement is the repository's own ({@link LearnerRepository#INSERT},
 * {@link LessonProgressRepository#MERGE}, ...), prepared once per import because a school's file
 * has millions of values: the import holds the merge rules, the repositories the SQL.
 */
final class ProgressImporter {
    private final Database database;
    private final Connection connection;
    private final BooleanSupplier cancelled;
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

    private ProgressImporter(Database database, Connection connection, BooleanSupplier cancelled) {
        this.database = database;
        this.connection = connection;
        this.cancelled = cancelled;
    }

    /** Merges an export whose every value has been checked ({@link ExportCheck}), all or nothing. */
    static ImportSummary importChecked(Database database, ProgressExport checked, BooleanSupplier cancelled) {
        return database.inTransaction("import the progress",
                connection -> new ProgressImporter(database, connection, cancelled).run(checked));
    }

    private ImportSummary run(ProgressExport export) throws SQLException {
        String now = database.now();
        for (ClassData data : export.classes()) {
            classData.put(data.name().strip(), data);
        }
        for (ClassData data : export.classes()) {
            classId(data.name(), now);
        }
        try (Statements statements = new Statements(connection)) {
            for (LearnerData learner : export.learners()) {
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelled();
                }
                learner(statements, learner, now);
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelled();
        }
        if (export.adultSettings() != null) {
            try (PreparedStatement addSetting = connection.prepareStatement(SettingsRepository.ADD_IF_ABSENT)) {
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

    /** The repositories' statements, prepared once for the whole import. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement findLearner;
        final PreparedStatement addLearner;
        final PreparedStatement addMember;
        final PreparedStatement addLearnerModule;
        final PreparedStatement addLearnerSetting;
        final PreparedStatement addStepWork;
        final PreparedStatement findLesson;
        final PreparedStatement mergeLesson;
        final PreparedStatement addChoice;
        final PreparedStatement findAttempt;
        final PreparedStatement addAttempt;
        final PreparedStatement finishAttempt;
        final PreparedStatement addAnswer;
        final PreparedStatement addBadge;
        final PreparedStatement findReview;
        final PreparedStatement mergeReview;
        private final PreparedStatement[] all;

        Statements(Connection connection) throws SQLException {
            PreparedStatement[] prepared = new PreparedStatement[16];
            int i = 0;
            try {
                findLearner = prepared[i++] = connection.prepareStatement(LearnerRepository.FIND_BY_UID);
                addLearner = prepared[i++] = connection.prepareStatement(LearnerRepository.INSERT);
                addMember = prepared[i++] = connection.prepareStatement(ClassRepository.ADD_MEMBER);
                addLearnerModule = prepared[i++] = connection.prepareStatement(ModuleAssignmentRepository.ADD_LEARNER_MODULE);
                addLearnerSetting = prepared[i++] = connection.prepareStatement(LearnerSettingsRepository.ADD_IF_ABSENT);
                addStepWork = prepared[i++] = connection.prepareStatement(StepWorkRepository.ADD_IF_ABSENT);
                findLesson = prepared[i++] = connection.prepareStatement(LessonProgressRepository.EXISTS);
                mergeLesson = prepared[i++] = connection.prepareStatement(LessonProgressRepository.MERGE);
                addChoice = prepared[i++] = connection.prepareStatement(ChatChoiceRepository.INSERT);
                findAttempt = prepared[i++] = connection.prepareStatement(QuizRepository.FIND_ATTEMPT);
                addAttempt = prepared[i++] = connection.prepareStatement(QuizRepository.INSERT_ATTEMPT);
                finishAttempt = prepared[i++] = connection.prepareStatement(QuizRepository.FINISH_IF_UNFINISHED);
                addAnswer = prepared[i++] = connection.prepareStatement(QuizRepository.ADD_ANSWER_IF_NEW);
                addBadge = prepared[i++] = connection.prepareStatement(BadgeRepository.INSERT);
                findReview = prepared[i++] = connection.prepareStatement(ReviewRepository.EXISTS);
                mergeReview = prepared[i++] = connection.prepareStatement(ReviewRepository.MERGE);
            } catch (SQLException | RuntimeException e) {
                closeAll(prepared);
                throw e;
            }
            all = prepared;
        }

        @Override
        public void close() throws SQLException {
            closeAll(all);
        }

        private static void closeAll(PreparedStatement[] statements) throws SQLException {
            SQLException first = null;
            for (PreparedStatement statement : statements) {
                try {
                    if (statement != null) {
                        statement.close();
                    }
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    private void learner(Statements s, LearnerData learner, String now) throws SQLException {
        long learnerId;
        Long existing = single(s.findLearner, learner.uid());
        if (existing != null) {
            learnerId = existing;
            learnersMerged++;
        } else {
            bind(s.addLearner, learner.uid(), learner.displayName().strip(), learner.avatar(), learner.band(),
                    learner.locale() == null ? "en" : learner.locale(),
                    learner.createdAt() == null ? now : learner.createdAt(), learner.archived() ? 1 : 0);
            s.addLearner.executeUpdate();
            learnerId = generatedId(s.addLearner);
            learnersAdded++;
        }
        for (String className : learner.classes()) {
            bind(s.addMember, classId(className, now), learnerId, now);
            s.addMember.executeUpdate();
        }
        // Choices and settings already made here for this learner are kept; the file's fill the gaps.
        for (ModuleChoiceData module : learner.modules()) {
            bind(s.addLearnerModule, learnerId, module.moduleId(), module.shown() ? 1 : 0);
            s.addLearnerModule.executeUpdate();
        }
        for (Map.Entry<String, String> setting : learner.settings().entrySet()) {
            // A practice step's work rides among the settings as work.<module>.<step>; here it has a table of its own.
            Optional<StepWorkRepository.Step> step = StepWorkRepository.step(setting.getKey());
            PreparedStatement add;
            if (step.isPresent()) {
                add = s.addStepWork;
                bind(add, learnerId, step.get().moduleId(), step.get().stepId(), setting.getValue());
            } else {
                add = s.addLearnerSetting;
                bind(add, learnerId, setting.getKey(), setting.getValue());
            }
            // Counted like the adult's settings: a file whose only news is a child's saved step work is news.
            settingsAdded += add.executeUpdate();
        }
        for (LessonData lesson : learner.lessons()) {
            if (!exists(s.findLesson, learnerId, lesson.moduleId(), lesson.lessonId())) {
                lessonsAdded++;
            }
            bind(s.mergeLesson, learnerId, lesson.moduleId(), lesson.contentVersion(), lesson.lessonId(),
                    lesson.stepIndex(), lesson.completedAt(), lesson.updatedAt());
            s.mergeLesson.executeUpdate();
        }
        for (ChatChoiceData choice : learner.chatChoices()) {
            bind(s.addChoice, learnerId, choice.moduleId(), choice.contentVersion(), choice.lessonId(),
                    choice.stepId(), choice.choiceId(), choice.chosenAt());
            choicesAdded += s.addChoice.executeUpdate();
        }
        for (AttemptData attempt : learner.quizAttempts()) {
            attempt(s, learner, learnerId, attempt);
        }
        for (BadgeData badge : learner.badges()) {
            bind(s.addBadge, learnerId, badge.badgeId(), badge.moduleId(), badge.earnedAt());
            badgesAdded += s.addBadge.executeUpdate();
        }
        for (ReviewData review : learner.reviewItems()) {
            if (!exists(s.findReview, learnerId, review.moduleId(), review.questionId())) {
                reviewsAdded++;
            }
            bind(s.mergeReview, learnerId, review.moduleId(), review.questionId(), review.box(), review.dueOn(),
                    review.lastReviewedAt());
            s.mergeReview.executeUpdate();
        }
    }

    private void attempt(Statements s, LearnerData learner, long learnerId, AttemptData attempt) throws SQLException {
        bind(s.findAttempt, attempt.uid());
        Long found = null;
        try (ResultSet rows = s.findAttempt.executeQuery()) {
            if (rows.next()) {
                found = rows.getLong(1);
                if (rows.getLong(2) != learnerId) {
                    throw new ProgressException.UnusableFile("file.contradicts", "The export gives quiz attempt " + attempt.uid() + " to "
                            + learner.displayName() + ", but here it belongs to someone else; nothing was imported.", null);
                }
            }
        }
        Integer passed = attempt.passed() == null ? null : attempt.passed() ? 1 : 0;
        long attemptId;
        if (found == null) {
            bind(s.addAttempt, attempt.uid(), learnerId, attempt.moduleId(), attempt.contentVersion(),
                    attempt.startedAt(), attempt.finishedAt(), attempt.scorePercent(), passed);
            s.addAttempt.executeUpdate();
            attemptId = generatedId(s.addAttempt);
            attemptsAdded++;
        } else {
            attemptId = found;
            bind(s.finishAttempt, attempt.finishedAt(), attempt.scorePercent(), passed, attemptId, attempt.finishedAt());
            s.finishAttempt.executeUpdate();
        }
        for (AnswerData answer : attempt.answers()) {
            bind(s.addAnswer, attemptId, answer.questionId(), answer.response(), answer.credit(), answer.timeTakenMs(),
                    answer.answeredAt());
            answersAdded += s.addAnswer.executeUpdate();
        }
    }

    /** A class new here gets the file's bands and module choices; one already here keeps its own. */
    private void addClassChoices(long classId, ClassData data) throws SQLException {
        try (PreparedStatement band = connection.prepareStatement(ModuleAssignmentRepository.ADD_CLASS_BAND);
             PreparedStatement module = connection.prepareStatement(ModuleAssignmentRepository.ADD_CLASS_MODULE)) {
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
        try (PreparedStatement find = connection.prepareStatement(ClassRepository.FIND_BY_NAME)) {
            Long id = single(find, clean);
            if (id == null) {
                ClassData data = classData.get(clean);
                try (PreparedStatement add = connection.prepareStatement(ClassRepository.INSERT)) {
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
