package jaga.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a learner has done in each practice step (a chat's replies, flags marked, a check answered),
 * so it is redrawn as they left it. Kept with the learner's own settings under keys
 * {@code work.<module>.<step>}: like their other settings it is deleted with them and travels to
 * the school hub by their uid (docs/decisions/0011). Every call commits before it returns.
 */
public final class StepWorkRepository {
    static final String PREFIX = "work.";
    private final Sql sql;
    private final LearnerSettingsRepository settings;

    public StepWorkRepository(Database database) {
        this.sql = new Sql(database);
        this.settings = new LearnerSettingsRepository(database);
    }

    /** Step id to saved work, for one module. */
    public Map<String, String> forModule(long learnerId, String moduleId) {
        String prefix = PREFIX + moduleId + ".";
        Map<String, String> work = new LinkedHashMap<>();
        sql.query("read the learner's practice steps",
                "SELECT key, value FROM learner_setting WHERE learner_id = ? AND substr(key, 1, ?) = ?",
                row -> Map.entry(row.getString(1).substring(prefix.length()), row.getString(2)),
                learnerId, prefix.length(), prefix).forEach(entry -> work.put(entry.getKey(), entry.getValue()));
        return work;
    }

    public void save(long learnerId, String moduleId, String stepId, String work) {
        settings.put(learnerId, PREFIX + moduleId + "." + stepId, work);
    }
}
