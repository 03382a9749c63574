package jaga.progress;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
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
    /** A new learner: uid, name, avatar, band, locale, created at, archived (0 or 1). The import adds with it too. */
    static final String INSERT = "INSERT INTO learner (uid, display_name, avatar, band, locale, created_at, archived)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** The learner's row id here, by uid. */
    static final String FIND_BY_UID = "SELECT id FROM learner WHERE uid = ?";

    private final Sql sql;
    private final Database database;

    public LearnerRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public Learner create(String displayName, String avatar, Band band, Language language) {
        String name = checkedName(displayName);
        long id = sql.insert("add the learner", INSERT, newUid(), name, avatar, band.code(), language.code(),
                database.now(), 0);
        return new Learner(id, name, avatar, band, language);
    }

    /**
     * Adds these learners and puts each in their class, creating classes not here yet (matched by
     * name, ignoring case), all in one transaction: a failure half-way adds nobody.
     */
    public Added addAll(List<NewLearner> newLearners) {
        return database.inTransaction("add the learners", connection -> {
            ClassRepository classes = new ClassRepository(database);
            Map<String, Long> classIds = new LinkedHashMap<>();
            int classesCreated = 0;
            for (NewLearner learner : newLearners) {
                Learner added = create(learner.displayName(), learner.avatar(), learner.band(), learner.language());
                if (learner.className() == null) {
                    continue;
                }
                String key = learner.className().strip().toLowerCase(java.util.Locale.ROOT);
                Long classId = classIds.get(key);
                if (classId == null) {
                    Optional<ClassRepository.SchoolClass> existing = classes.named(learner.className());
                    if (existing.isPresent()) {
                        classId = existing.get().id();
                    } else {
                        classId = classes.create(learner.className()).id();
                        classesCreated++;
                    }
                    classIds.put(key, classId);
                }
                classes.addMember(classId, added.id());
            }
            return new Added(newLearners.size(), classIds.size(), classesCreated);
        });
    }

    /** A learner to add with {@link #addAll}; {@code className} may be null. */
    public record NewLearner(String displayName, String avatar, Band band, Language language, String className) {}

    /** How many learners were added, into how many classes, of which how many were new. */
    public record Added(int learners, int classes, int classesCreated) {}

    /** Everyone not archived, in the order they were added, so a child's picture stays in its place. */
    public List<Learner> active() {
        return sql.query("list the learners", "SELECT " + COLUMNS + " FROM learner WHERE archived = 0 ORDER BY id",
                this::map);
    }

    public Optional<Learner> find(long id) {
        return sql.query("find the learner", "SELECT " + COLUMNS + " FROM learner WHERE id = ?",
                this::map, id).stream().findFirst();
    }

    public void setLanguage(long learnerId, Language language) {
        sql.update("save the language", "UPDATE learner SET locale = ? WHERE id = ?", language.code(), learnerId);
    }

    public void setArchived(long learnerId, boolean archived) {
        sql.update("archive the learner", "UPDATE learner SET archived = ? WHERE id = ?", archived ? 1 : 0, learnerId);
    }

    /** An adult's edit of the learner's name, picture, age band and language; their progress stays. */
    public void update(long learnerId, String displayName, String avatar, Band band, Language language) {
        String name = checkedName(displayName);
        int changed = sql.update("save the learner",
                "UPDATE learner SET display_name = ?, avatar = ?, band = ?, locale = ? WHERE id = ?",
                name, avatar, band.code(), language.code(), learnerId);
        if (changed == 0) {
            throw new ProgressException("There is no learner number " + learnerId + ".");
        }
    }

    /** The name as stored ({@link Names#clean}): not empty, at most {@link Names#MAX_LENGTH} characters. */
    static String checkedName(String displayName) {
        String name = Names.clean(displayName);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a learner needs a name");
        }
        if (Names.length(name) > Names.MAX_LENGTH) {
            throw new IllegalArgumentException("a name is at most " + Names.MAX_LENGTH + " characters");
        }
        return name;
    }

    /**
     * Sets the learner's picture lock to the pictures in this order (only a salted hash is kept),
     * or removes it when {@code pictures} is empty.
     */
    public void setPictureLock(long learnerId, java.util.List<String> pictures) {
        String stored = pictures.isEmpty() ? null : SecretHash.hash(String.join(",", pictures));
        sql.update("save the picture lock", "UPDATE learner SET picture_lock = ? WHERE id = ?", stored, learnerId);
    }

    public boolean hasPictureLock(long learnerId) {
        return !sql.query("read the picture lock", "SELECT 1 FROM learner WHERE id = ? AND picture_lock IS NOT NULL",
                row -> 1, learnerId).isEmpty();
    }

    /** Ids of the learners with a picture lock. */
    public java.util.Set<Long> pictureLocked() {
        return new java.util.HashSet<>(sql.query("read the picture locks",
                "SELECT id FROM learner WHERE picture_lock IS NOT NULL", row -> row.getLong(1)));
    }

    /** True when the learner has no lock, or these pictures in this order open it. */
    public boolean unlocks(long learnerId, java.util.List<String> pictures) {
        List<String> stored = sql.query("read the picture lock", "SELECT picture_lock FROM learner WHERE id = ?",
                row -> row.getString(1), learnerId);
        if (stored.isEmpty()) {
            return false;
        }
        return stored.get(0) == null || SecretHash.matches(String.join(",", pictures), stored.get(0));
    }

    /** Everyone, archived too, with what an adult needs to tell two learners apart. */
    public List<LearnerProfile> profiles() {
        return sql.query("list the learners", "SELECT " + PROFILE_COLUMNS + " FROM learner ORDER BY id",
                this::profile);
    }

    /** Learners whose name is {@code name}, ignoring case, surrounding spaces and invisible characters. */
    public List<LearnerProfile> named(String name) {
        return sql.query("find the learner",
                "SELECT " + PROFILE_COLUMNS + " FROM learner WHERE lower(display_name) = lower(?) ORDER BY id",
                this::profile, Names.clean(name));
    }

    /**
     * Deletes the learner and everything of theirs (lesson places, chat choices, quiz attempts and
     * answers, badges, review items, class memberships) in one transaction, and says what went.
     */
    public Deleted delete(long learnerId) {
        return database.inTransaction("delete the learner", connection -> {
            LearnerProfile profile = sql.query("find the learner",
                    "SELECT " + PROFILE_COLUMNS + " FROM learner WHERE id = ?", this::profile, learnerId)
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

    private Learner map(ResultSet row) throws SQLException {
        return new Learner(row.getLong("id"), row.getString("display_name"), row.getString("avatar"),
                band(row), Language.orEnglish(row.getString("locale")));
    }

    private LearnerProfile profile(ResultSet row) throws SQLException {
        return new LearnerProfile(row.getLong("id"), row.getString("uid"), row.getString("display_name"),
                row.getString("avatar"), band(row), Language.orEnglish(row.getString("locale")), row.getString("created_at"),
                row.getInt("archived") == 1);
    }

    /**
     * The stored band code as a band. A code Jaga does not know (a newer Jaga's band arriving through
     * the school hub, a hand-edited file) must not lock every child out of "Who is learning?" and the
     * adult out of the list where it is put right: that learner reads as 7-9, the gentlest lessons,
     * until an adult chooses their band again, and the log says so: once per learner, file and code
     * in a run, not on every refresh of a list.
     */
    private Band band(ResultSet row) throws SQLException {
        String code = row.getString("band");
        Optional<Band> band = Band.fromCode(code).filter(known -> known != Band.ADULTS);
        if (band.isEmpty() && UNKNOWN_BANDS_TOLD.add(database.file() + "#" + row.getLong("id") + "=" + code)) {
            LOG.warning("Learner number " + row.getLong("id") + " has an unknown age band \"" + code
                    + "\"; shown as ages 7-9 until an adult chooses their band.");
        }
        return band.orElse(Band.AGES_7_9);
    }

    /** The unknown bands already in the log this run (file#learner=code): told once, not on every read. */
    private static final java.util.Set<String> UNKNOWN_BANDS_TOLD = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LearnerRepository.class.getName());

    /** A learner as an adult sees them in lists: uid is the stable id that travels with an export. */
    public record LearnerProfile(long id, String uid, String displayName, String avatar, Band band, Language language,
                                 String createdAt, boolean archived) {}

    /** Who was deleted and how many of each kind of record went with them. */
    public record Deleted(LearnerProfile learner, Map<String, Integer> counts) {}
}
