package jaga.progress;

import java.time.LocalDate;
import java.util.List;

/** Questions scheduled to come back for spaced review: which Leitner box, and when. */
public final class ReviewRepository {
    public static final int FIRST_BOX = 1;
    public static final int LAST_BOX = 5;

    /**
     * A review item from elsewhere (learner, module, question, box, due on, last reviewed at): the
     * most recently reviewed schedule wins.
     */
    static final String MERGE = "INSERT INTO review_item (learner_id, module_id, question_id, box, due_on, last_reviewed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, module_id, question_id) DO UPDATE SET"
            + " box = excluded.box, due_on = excluded.due_on, last_reviewed_at = excluded.last_reviewed_at"
            + " WHERE coalesce(excluded.last_reviewed_at, '') > coalesce(review_item.last_reviewed_at, '')";
    /** Whether the learner has that question scheduled: learner, module, question. */
    static final String EXISTS = "SELECT 1 FROM review_item WHERE learner_id = ? AND module_id = ? AND question_id = ?";

    private final Sql sql;
    private final Database database;

    public ReviewRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    /** Puts the question in {@code box}, due on {@code dueOn}; the schedule itself is learning's business. */
    public void schedule(long learnerId, String moduleId, String questionId, int box, LocalDate dueOn) {
        if (box < FIRST_BOX || box > LAST_BOX) {
            throw new IllegalArgumentException("box must be 1 to 5, was " + box);
        }
        sql.update("save the review date",
                "INSERT INTO review_item (learner_id, module_id, question_id, box, due_on, last_reviewed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, module_id, question_id) DO UPDATE SET"
                        + " box = excluded.box, due_on = excluded.due_on, last_reviewed_at = excluded.last_reviewed_at",
                learnerId, moduleId, questionId, box, dueOn.toString(), database.now());
    }

    /** Adds an item at {@code box} unless it is already scheduled, so reading a lesson again keeps its place. */
    public void addIfNew(long learnerId, String moduleId, String questionId, int box, LocalDate dueOn) {
        sql.update("save the review date",
                "INSERT INTO review_item (learner_id, module_id, question_id, box, due_on) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (learner_id, module_id, question_id) DO NOTHING",
                learnerId, moduleId, questionId, box, dueOn.toString());
    }

    /** Items due on or before {@code today}, the most overdue first. */
    public List<ReviewItem> due(long learnerId, LocalDate today) {
        return sql.query("read the review list",
                "SELECT module_id, question_id, box, due_on, last_reviewed_at FROM review_item"
                        + " WHERE learner_id = ? AND due_on <= ? ORDER BY due_on, module_id, question_id",
                row -> new ReviewItem(row.getString(1), row.getString(2), row.getInt(3),
                        LocalDate.parse(row.getString(4)), row.getString(5)), learnerId, today.toString());
    }

    public record ReviewItem(String moduleId, String questionId, int box, LocalDate dueOn, String lastReviewedAt) {}
}
