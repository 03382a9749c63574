package jaga.progress;

import java.util.List;

/** Badges a learner has earned; each is earned once. */
public final class BadgeRepository {
    /** Learner, badge, module, earned at; a badge already earned keeps its first date. */
    static final String INSERT = "INSERT INTO badge (learner_id, badge_id, module_id, earned_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private final Sql sql;
    private final Database database;

    public BadgeRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    /** True if this is new; a badge already earned keeps its first date. */
    public boolean award(long learnerId, String badgeId, String moduleId) {
        return sql.update("save the badge", INSERT, learnerId, badgeId, moduleId, database.now()) == 1;
    }

    public List<Badge> badges(long learnerId) {
        return sql.query("read the badges",
                "SELECT badge_id, module_id, earned_at FROM badge WHERE learner_id = ? ORDER BY earned_at, badge_id",
                row -> new Badge(row.getString(1), row.getString(2), row.getString(3)), learnerId);
    }

    public record Badge(String badgeId, String moduleId, String earnedAt) {}
}
