package jaga.progress;

import java.util.List;
import java.util.Optional;

public final class LearnerRepository {
    private static final String COLUMNS = "id, display_name, avatar, band, locale";

    private final Sql sql;
    private final Database database;

    public LearnerRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public Learner create(String displayName, String avatar, String band, String locale) {
        String name = displayName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a learner needs a name");
        }
        long id = sql.insert("add the learner",
                "INSERT INTO learner (display_name, avatar, band, locale, created_at) VALUES (?, ?, ?, ?, ?)",
                name, avatar, band, locale, database.now());
        return new Learner(id, name, avatar, band, locale);
    }

    /** Everyone not archived, in the order they were added, so a child's picture stays in its place. */
    public List<Learner> active() {
        return sql.query("list the learners", "SELECT " + COLUMNS + " FROM learner WHERE archived = 0 ORDER BY id",
                LearnerRepository::map);
    }

    public Optional<Learner> find(long id) {
        return sql.query("find the learner", "SELECT " + COLUMNS + " FROM learner WHERE id = ?",
                LearnerRepository::map, id).stream().findFirst();
    }

    public void setLocale(long learnerId, String locale) {
        sql.update("save the language", "UPDATE learner SET locale = ? WHERE id = ?", locale, learnerId);
    }

    private static Learner map(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Learner(row.getLong("id"), row.getString("display_name"), row.getString("avatar"),
                row.getString("band"), row.getString("locale"));
    }
}
