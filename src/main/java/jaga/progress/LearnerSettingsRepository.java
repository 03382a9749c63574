package jaga.progress;

import java.util.Optional;

/**
 * A learner's own settings (read aloud, ...): stored with the learner, deleted with them, and
 * carried to the school hub by their uid, so a setting never lands on another child.
 */
public final class LearnerSettingsRepository {
    private final Sql sql;

    public LearnerSettingsRepository(Database database) {
        this.sql = new Sql(database);
    }

    public Optional<String> get(long learnerId, String key) {
        return sql.query("read the learner's setting", "SELECT value FROM learner_setting WHERE learner_id = ? AND key = ?",
                row -> row.getString(1), learnerId, key).stream().findFirst();
    }

    public void put(long learnerId, String key, String value) {
        sql.update("save the learner's setting", "INSERT INTO learner_setting (learner_id, key, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (learner_id, key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value",
                learnerId, key, value);
    }
}
