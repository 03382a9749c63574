package jaga.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class LearnerRepository {
    private static final String COLUMNS = "id, display_name, avatar, band, locale";
    private static final String PROFILE_COLUMNS = "id, uid, display_name, avatar, band, locale, created_at, archived";

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
                "INSERT INTO learner (uid, display_name, avatar, band, locale, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                newUid(), name, avatar, band, locale, database.now());
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

    public void setArchived(long learnerId, boolean archived) {
        sql.update("archive the learner", "UPDATE learner SET archived = ? WHERE id = ?", archived ? 1 : 0, learnerId);
    }

    /** Everyone, archived too, with what an adult needs to tell two learners apart. */
    public List<LearnerProfile> profiles() {
        return sql.query("list the learners", "SELECT " + PROFILE_COLUMNS + " FROM learner ORDER BY id",
                LearnerRepository::profile);
    }

    /** Learners whose name is {@code name}, ignoring case and surrounding spaces. */
    public List<LearnerProfile> named(String name) {
        return sql.query("find the learner",
                "SELECT " + PROFILE_COLUMNS + " FROM learner WHERE lower(display_name) = lower(?) ORDER BY id",
                LearnerRepository::profile, name.strip());
    }

    /**
     * Deletes the learner and everything of theirs (lesson places, chat choices, quiz attempts and
     * answers, badges, review items, class memberships) in one transaction, and says what went.
     */
    public Deleted delete(long learnerId) {
        return database.inTransaction("delete the learner", connection -> {
            LearnerProfile profile = sql.query("find the learner",
                    "SELECT " + PROFILE_COLUMNS + " FROM learner WHERE id = ?", LearnerRepository::profile, learnerId)
                    .stream().findFirst()
                    .orElseThrow(() -> new ProgressException("There is no learner number " + learnerId + "."));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("lesson places", count("SELECT COUNT(*) FROM lesson_progress WHERE learner_id = ?", learnerId));
            counts.put("chat choices", count("SELECT COUNT(*) FROM chat_choice WHERE learner_id = ?", learnerId));
            counts.put("quiz attempts", count("SELECT COUNT(*) FROM quiz_attempt WHERE learner_id = ?", learnerId));
            counts.put("quiz answers", count("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id IN"
                    + " (SELECT id FROM quiz_attempt WHERE learner_id = ?)", learnerId));
            counts.put("badges", count("SELECT COUNT(*) FROM badge WHERE learner_id = ?", learnerId));
            counts.put("review items", count("SELECT COUNT(*) FROM review_item WHERE learner_id = ?", learnerId));
            counts.put("class memberships", count("SELECT COUNT(*) FROM class_member WHERE learner_id = ?", learnerId));
            // Foreign keys cascade from the learner to everything of theirs.
            sql.update("delete the learner", "DELETE FROM learner WHERE id = ?", learnerId);
            return new Deleted(profile, counts);
        });
    }

    private int count(String query, long learnerId) {
        return sql.query("count the learner's records", query, row -> row.getInt(1), learnerId).get(0);
    }

    static String newUid() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static Learner map(ResultSet row) throws SQLException {
        return new Learner(row.getLong("id"), row.getString("display_name"), row.getString("avatar"),
                row.getString("band"), row.getString("locale"));
    }

    private static LearnerProfile profile(ResultSet row) throws SQLException {
        return new LearnerProfile(row.getLong("id"), row.getString("uid"), row.getString("display_name"),
                row.getString("avatar"), row.getString("band"), row.getString("locale"), row.getString("created_at"),
                row.getInt("archived") == 1);
    }

    /** A learner as an adult sees them in lists: uid is the stable id that travels with an export. */
    public record LearnerProfile(long id, String uid, String displayName, String avatar, String band, String locale,
                                 String createdAt, boolean archived) {}

    /** Who was deleted and how many of each kind of record went with them. */
    public record Deleted(LearnerProfile learner, Map<String, Integer> counts) {}
}
