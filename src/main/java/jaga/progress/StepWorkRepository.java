package jaga.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a learner has done in each practice step (a chat's replies, flags marked, a check answered),
 * so it is redrawn as they left it. One row per learner, module and step in {@code step_work}
 * (schema version 5): deleted with the learner, and sent to the school hub by their uid with its
 * own version and origin, never bumping the learner's profile (docs/decisions/0011). Every call
 * commits before it returns.
 */
public final class StepWorkRepository {
    /** Learner, module, step, value; work the learner already has here for that step stays. */
    static final String ADD_IF_ABSENT = "INSERT INTO step_work (learner_id, module_id, step_id, value) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";
    /** How a step's work is named among a learner's settings in an export (format 3): {@code work.<module>.<step>}. */
    private static final String KEY_PREFIX = "work.";

    private final Sql sql;

    public StepWorkRepository(Database database) {
        this.sql = new Sql(database);
    }

    /** Step id to saved work, for one module. */
    public Map<String, String> forModule(long learnerId, String moduleId) {
        Map<String, String> work = new LinkedHashMap<>();
        sql.query("read the learner's practice steps",
                "SELECT step_id, value FROM step_work WHERE learner_id = ? AND module_id = ? ORDER BY step_id",
                row -> work.put(row.getString(1), row.getString(2)), learnerId, moduleId);
        return work;
    }

    public void save(long learnerId, String moduleId, String stepId, String work) {
        sql.update("save the learner's practice step", "INSERT INTO step_work (learner_id, module_id, step_id, value)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (learner_id, module_id, step_id) DO UPDATE SET value = excluded.value"
                + " WHERE value <> excluded.value", learnerId, moduleId, stepId, work);
    }

    /** All of the learner's step work, each under its export key {@code work.<module>.<step>}. */
    Map<String, String> asSettings(long learnerId) {
        Map<String, String> work = new LinkedHashMap<>();
        sql.query("read the learner's practice steps",
                "SELECT module_id, step_id, value FROM step_work WHERE learner_id = ? ORDER BY module_id, step_id",
                row -> work.put(key(row.getString(1), row.getString(2)), row.getString(3)), learnerId);
        return work;
    }

    private static String key(String moduleId, String stepId) {
        return KEY_PREFIX + moduleId + "." + stepId;
    }

    /** Which practice step an export key names. */
    record Step(String moduleId, String stepId) {}

    /**
     * The step an export key {@code work.<module>.<step>} names (ids are kebab-case, so the module
     * ends at the first '.'), or empty for any other setting.
     */
    static Optional<Step> step(String key) {
        if (!key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        int dot = key.indexOf('.', KEY_PREFIX.length());
        if (dot <= KEY_PREFIX.length() || dot == key.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Step(key.substring(KEY_PREFIX.length(), dot), key.substring(dot + 1)));
    }
}
