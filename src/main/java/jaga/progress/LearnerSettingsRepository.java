package jaga.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's own settings (read aloud, ...): stored with the learner, deleted with them, and
 * carried to the school hub by their uid, so a setting never lands on another child. A change
 * here is a change to the learner's profile (its version goes up). What they did in a practice
 * step is not a setting: {@link StepWorkRepository}.
 */
public final class LearnerSettingsRepository {
    /** Learner, key, value; a setting the learner already has here stays. */
    static final String ADD_IF_ABSENT = "INSERT INTO learner_setting (learner_id, key, value) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private final Sql sql;

    public LearnerSettingsRepository(Database database) {
        this.sql = new Sql(database);
    }

    public Optional<String> get(long learnerId, String key) {
        return sql.query("read the learner's setting", "SELECT value FROM learner_setting WHERE learner_id = ? AND key = ?",
                row -> row.getString(1), learnerId, key).stream().findFirst();
    }

    /** Every setting of the learner, by key. */
    public Map<String, String> all(long learnerId) {
        Map<String, String> all = new LinkedHashMap<>();
        sql.query("read the learner's settings", "SELECT key, value FROM learner_setting WHERE learner_id = ? ORDER BY key",
                row -> all.put(row.getString(1), row.getString(2)), learnerId);
        return all;
    }

    public void put(long learnerId, String key, String value) {
        if (StepWorkRepository.step(key).isPresent()) {
            throw new IllegalArgumentException("step work is saved by StepWorkRepository, not as the setting " + key);
        }
        sql.update("save the learner's setting", "INSERT INTO learner_setting (learner_id, key, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (learner_id, key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value",
                learnerId, key, value);
    }
}
