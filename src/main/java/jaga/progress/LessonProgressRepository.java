package jaga.progress;

import java.util.List;

/** How far a learner got in each lesson, saved at every step so a crash loses nothing. */
public final class LessonProgressRepository {
    /**
     * A lesson place from elsewhere (learner, module, content version, lesson, step, completed at,
     * updated at) merged with the one here: the newer place wins, a lesson finished on either side
     * stays finished at the earlier time. Changes the row only when something changes, since an
     * update that changes nothing would still queue the row for the school hub.
     */
    static final String MERGE = "INSERT INTO lesson_progress (learner_id, module_id, content_version, lesson_id, step_index,"
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
            + " WHERE excluded.updated_at > lesson_progress.updated_at"
            + "   OR (lesson_progress.completed_at IS NULL AND excluded.completed_at IS NOT NULL)"
            + "   OR excluded.completed_at < lesson_progress.completed_at";
    /** Whether the learner has a place in that module's lesson: learner, module, lesson. */
    static final String EXISTS = "SELECT 1 FROM lesson_progress WHERE learner_id = ? AND module_id = ? AND lesson_id = ?";

    private final Sql sql;
    private final Database database;

    public LessonProgressRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public void stepReached(long learnerId, String moduleId, String lessonId, int stepIndex) {
        stepReached(learnerId, moduleId, null, lessonId, stepIndex);
    }

    /** Saves the exact step reached, against the module's content version (null if unknown). */
    public void stepReached(long learnerId, String moduleId, Integer contentVersion, String lessonId, int stepIndex) {
        sql.update("save your place in the lesson",
                "INSERT INTO lesson_progress (learner_id, module_id, content_version, lesson_id, step_index, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (learner_id, module_id, lesson_id) DO UPDATE SET step_index = excluded.step_index,"
                        + " content_version = COALESCE(excluded.content_version, lesson_progress.content_version),"
                        + " updated_at = excluded.updated_at",
                learnerId, moduleId, contentVersion, lessonId, stepIndex, database.now());
    }

    public void completed(long learnerId, String moduleId, String lessonId, int lastStepIndex) {
        String now = database.now();
        sql.update("save the finished lesson",
                "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, step_index, completed_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, module_id, lesson_id) DO UPDATE SET"
                        + " step_index = excluded.step_index, completed_at = COALESCE(lesson_progress.completed_at,"
                        + " excluded.completed_at), updated_at = excluded.updated_at",
                learnerId, moduleId, lessonId, lastStepIndex, now, now);
    }

    public List<LessonPlace> places(long learnerId) {
        return sql.query("read lesson progress",
                "SELECT module_id, lesson_id, step_index, completed_at IS NOT NULL FROM lesson_progress WHERE learner_id = ?",
                row -> new LessonPlace(row.getString(1), row.getString(2), row.getInt(3), row.getBoolean(4)), learnerId);
    }

    public record LessonPlace(String moduleId, String lessonId, int stepIndex, boolean completed) {}
}
