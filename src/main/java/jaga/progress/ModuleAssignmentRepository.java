package jaga.progress;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which modules a class or a learner is shown, as an adult chose them (docs/decisions/0005).
 * This only stores the choices; jaga.learning works out what a learner sees from them.
 */
public final class ModuleAssignmentRepository {
    /** Class id, band; a band already chosen stays. */
    static final String ADD_CLASS_BAND = "INSERT INTO class_band (class_id, band) VALUES (?, ?) ON CONFLICT DO NOTHING";
    /** Class id, module id, shown (0 or 1); a choice already made for that module stays. */
    static final String ADD_CLASS_MODULE = add("class_module", "class_id");
    /** Learner id, module id, shown (0 or 1); a choice already made for that module stays. */
    static final String ADD_LEARNER_MODULE = add("learner_module", "learner_id");

    private final Sql sql;
    private final Database database;

    public ModuleAssignmentRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    /** The bands whose modules the class sees; empty: each learner's own band. */
    public Set<String> classBands(long classId) {
        return new LinkedHashSet<>(sql.query("read the class's age bands",
                "SELECT band FROM class_band WHERE class_id = ? ORDER BY band", row -> row.getString(1), classId));
    }

    public void setClassBands(long classId, Collection<String> bands) {
        database.inTransaction("save the class's age bands", connection -> {
            sql.update("save the class's age bands", "DELETE FROM class_band WHERE class_id = ?", classId);
            for (String band : new LinkedHashSet<>(bands)) {
                sql.update("save the class's age bands", ADD_CLASS_BAND, classId, band);
            }
            return null;
        });
    }

    /** Module id to shown (true) or not shown (false), for the class. */
    public Map<String, Boolean> classModules(long classId) {
        return rules("SELECT module_id, shown FROM class_module WHERE class_id = ? ORDER BY module_id", classId);
    }

    /** Replaces the class's module choices with these (module id to shown or not). */
    public void setClassModules(long classId, Map<String, Boolean> modules) {
        replace("class_module", "class_id", classId, modules);
    }

    /** Module id to shown (true) or not shown (false), for one learner; beats their classes. */
    public Map<String, Boolean> learnerModules(long learnerId) {
        return rules("SELECT module_id, shown FROM learner_module WHERE learner_id = ? ORDER BY module_id", learnerId);
    }

    public void setLearnerModules(long learnerId, Map<String, Boolean> modules) {
        replace("learner_module", "learner_id", learnerId, modules);
    }

    /** What applies to a learner: the choices of each class they are in that is not archived, and their own. */
    public Choices choicesFor(long learnerId) {
        List<ClassChoices> classes = sql.query("read the learner's classes",
                "SELECT c.id, c.name FROM class_member m JOIN school_class c ON c.id = m.class_id"
                        + " WHERE m.learner_id = ? AND c.archived = 0 ORDER BY c.name",
                row -> new ClassChoices(row.getLong(1), row.getString(2), Set.of(), Map.of()), learnerId)
                .stream()
                .map(c -> new ClassChoices(c.classId(), c.name(), classBands(c.classId()), classModules(c.classId())))
                .toList();
        return new Choices(classes, learnerModules(learnerId));
    }

    private Map<String, Boolean> rules(String query, long ownerId) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        sql.query("read the module choices", query, row -> result.put(row.getString(1), row.getInt(2) == 1), ownerId);
        return result;
    }

    // The table and column names are constants of this class, never input.
    private static String add(String table, String ownerColumn) {
        return "INSERT INTO " + table + " (" + ownerColumn + ", module_id, shown) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    }

    private void replace(String table, String ownerColumn, long ownerId, Map<String, Boolean> modules) {
        database.inTransaction("save the module choices", connection -> {
            sql.update("save the module choices", "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?", ownerId);
            for (Map.Entry<String, Boolean> module : modules.entrySet()) {
                sql.update("save the module choices", add(table, ownerColumn), ownerId, module.getKey(),
                        module.getValue() ? 1 : 0);
            }
            return null;
        });
    }

    /** One class's choices: {@code bands} empty means "each learner's own band". */
    public record ClassChoices(long classId, String name, Set<String> bands, Map<String, Boolean> modules) {}

    /** Everything that decides which modules one learner sees. */
    public record Choices(List<ClassChoices> classes, Map<String, Boolean> learnerModules) {}
}
