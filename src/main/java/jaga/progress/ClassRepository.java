package jaga.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Classes on a shared classroom computer and who is in them. */
public final class ClassRepository {
    /** A new class: name, created at, archived (0 or 1). The import adds with it too. */
    static final String INSERT = "INSERT INTO school_class (name, created_at, archived) VALUES (?, ?, ?)";
    /** A class's id by name, ignoring case. */
    static final String FIND_BY_NAME = "SELECT id FROM school_class WHERE lower(name) = lower(?)";
    /** Class id, learner id, joined at; a member already there stays as they were. */
    static final String ADD_MEMBER = "INSERT INTO class_member (class_id, learner_id, joined_at) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private final Sql sql;
    private final Database database;

    public ClassRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public SchoolClass create(String name) {
        String clean = Names.clean(name);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a class needs a name");
        }
        refuseTaken(clean, 0);
        long id = sql.insert("add the class", INSERT, clean, database.now(), 0);
        return new SchoolClass(id, clean, false);
    }

    public List<SchoolClass> classes() {
        return sql.query("list the classes", "SELECT id, name, archived FROM school_class ORDER BY name",
                row -> new SchoolClass(row.getLong(1), row.getString(2), row.getInt(3) == 1));
    }

    /** The class of that name, ignoring case, surrounding spaces and invisible characters. */
    public Optional<SchoolClass> named(String name) {
        return sql.query("find the class", "SELECT id, name, archived FROM school_class WHERE lower(name) = lower(?)",
                row -> new SchoolClass(row.getLong(1), row.getString(2), row.getInt(3) == 1), Names.clean(name))
                .stream().findFirst();
    }

    public void addMember(long classId, long learnerId) {
        sql.update("add the learner to the class", ADD_MEMBER, classId, learnerId, database.now());
    }

    public void removeMember(long classId, long learnerId) {
        sql.update("take the learner out of the class",
                "DELETE FROM class_member WHERE class_id = ? AND learner_id = ?", classId, learnerId);
    }

    /** Learner ids in the class, in the order they were added to Jaga. */
    public List<Long> members(long classId) {
        return sql.query("list the class", "SELECT learner_id FROM class_member WHERE class_id = ? ORDER BY learner_id",
                row -> row.getLong(1), classId);
    }

    public void rename(long classId, String name) {
        String clean = Names.clean(name);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a class needs a name");
        }
        refuseTaken(clean, classId);
        sql.update("rename the class", "UPDATE school_class SET name = ? WHERE id = ?", clean, classId);
    }

    /** Class names are unique, ignoring case, so a roster's "5 bestari" finds "5 Bestari". */
    private void refuseTaken(String name, long exceptClassId) {
        boolean taken = !sql.query("find the class",
                "SELECT 1 FROM school_class WHERE lower(name) = lower(?) AND id <> ?", row -> 1, name, exceptClassId)
                .isEmpty();
        if (taken) {
            throw new ProgressException("There is already a class called \"" + name + "\". Choose another name.");
        }
    }

    /** An archived class keeps its members but its module choices no longer apply to them. */
    public void setArchived(long classId, boolean archived) {
        sql.update("archive the class", "UPDATE school_class SET archived = ? WHERE id = ?", archived ? 1 : 0, classId);
    }

    /** Deletes the class and its module choices; its learners and their progress stay. */
    public void delete(long classId) {
        sql.update("delete the class", "DELETE FROM school_class WHERE id = ?", classId);
    }

    /** Makes the class's members exactly these learners, in one transaction. */
    public void setMembers(long classId, Collection<Long> learnerIds) {
        database.inTransaction("save the class members", connection -> {
            sql.update("save the class members", "DELETE FROM class_member WHERE class_id = ?", classId);
            for (long learnerId : new LinkedHashSet<>(learnerIds)) {
                addMember(classId, learnerId);
            }
            return null;
        });
    }

    /** Every class each learner is in, archived classes too: learner id to classes by name. */
    public Map<Long, List<SchoolClass>> memberships() {
        Map<Long, List<SchoolClass>> result = new HashMap<>();
        sql.query("list the classes",
                "SELECT m.learner_id, c.id, c.name, c.archived FROM class_member m JOIN school_class c ON c.id = m.class_id"
                        + " ORDER BY c.name",
                row -> result.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new SchoolClass(row.getLong(2), row.getString(3), row.getInt(4) == 1)));
        return result;
    }

    public record SchoolClass(long id, String name, boolean archived) {}
}
