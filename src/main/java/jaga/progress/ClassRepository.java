package jaga.progress;

import java.util.List;
import java.util.Optional;

/** Classes on a shared classroom computer and who is in them. */
public final class ClassRepository {
    private final Sql sql;
    private final Database database;

    public ClassRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public SchoolClass create(String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a class needs a name");
        }
        long id = sql.insert("add the class", "INSERT INTO school_class (name, created_at) VALUES (?, ?)",
                clean, database.now());
        return new SchoolClass(id, clean, false);
    }

    public List<SchoolClass> classes() {
        return sql.query("list the classes", "SELECT id, name, archived FROM school_class ORDER BY name",
                row -> new SchoolClass(row.getLong(1), row.getString(2), row.getInt(3) == 1));
    }

    public Optional<SchoolClass> named(String name) {
        return sql.query("find the class", "SELECT id, name, archived FROM school_class WHERE name = ?",
                row -> new SchoolClass(row.getLong(1), row.getString(2), row.getInt(3) == 1), name.strip())
                .stream().findFirst();
    }

    public void addMember(long classId, long learnerId) {
        sql.update("add the learner to the class",
                "INSERT INTO class_member (class_id, learner_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                classId, learnerId, database.now());
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

    public record SchoolClass(long id, String name, boolean archived) {}
}
