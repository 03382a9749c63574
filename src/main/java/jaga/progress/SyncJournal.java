package jaga.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * This computer's side of the school hub: the outbox the triggers fill, the hub it is paired with,
 * and merging what a pull brought. It has its own connection to the progress file, so a push or a
 * pull on the hub link's thread never shares a transaction with a child's answer.
 */
public final class SyncJournal implements AutoCloseable {
    private final Database database;
    private final Connection connection;
    private final Path file;

    public SyncJournal(Database database) {
        this.database = database;
        this.connection = database.secondConnection();
        this.file = database.file();
    }

    /** The hub this folder is paired with (the password stays in the progress file, never in an export). */
    public record HubLink(String url, String user, String password, String pairedAt, Integer hubVersion,
                          String lastPushAt, String lastPullAt, String lastError) {
        @Override
        public String toString() {
            return "HubLink[" + url + " as " + user + "]";
        }
    }

    /** What has been taken from the outbox to send: the rows as they are now, and the last entry they cover. */
    public record Batch(List<SyncRows.Row> rows, long lastSeq, int entries) {
        public boolean isEmpty() {
            return entries == 0;
        }
    }

    public synchronized String pcUid() {
        return single("read this computer's id", "SELECT pc_uid FROM sync_control", row -> row.getString(1)).orElseThrow();
    }

    public synchronized Optional<HubLink> link() {
        return single("read the hub link", "SELECT url, user_name, password, paired_at, hub_version, last_push_at,"
                + " last_pull_at, last_error FROM hub_link", row -> {
                    int version = row.getInt(5);
                    return new HubLink(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.wasNull() ? null : version, row.getString(6), row.getString(7), row.getString(8));
                });
    }

    /**
     * Pairs this folder with a hub and queues everything already here, learners and classes first,
     * so the hub gets this computer's whole history on the first push.
     */
    public synchronized void pair(String url, String user, String password, int hubVersion) {
        inTransaction("pair with the school hub", () -> {
            execute("DELETE FROM hub_link");
            update("INSERT INTO hub_link (id, url, user_name, password, paired_at, hub_version) VALUES (1, ?, ?, ?, ?, ?)",
                    url, user, password, database.now(), hubVersion);
            execute("DELETE FROM outbox");
            execute("DELETE FROM hub_pulled");
            execute("UPDATE sync_control SET paired = 1");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'learner', json_array(id) FROM learner ORDER BY id");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'learner-deleted', json_array(uid) FROM tombstone"
                    + " WHERE kind = 'learner'");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'class', json_array(id) FROM school_class ORDER BY id");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'class-deleted', json_array(uid) FROM tombstone"
                    + " WHERE kind = 'class'");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'lesson', json_array(learner_id, module_id, lesson_id)"
                    + " FROM lesson_progress");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'attempt', json_array(id) FROM quiz_attempt ORDER BY id");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'answer', json_array(attempt_id, question_id)"
                    + " FROM quiz_answer ORDER BY id");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'chat', json_array(id) FROM chat_choice ORDER BY id");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'badge', json_array(learner_id, badge_id) FROM badge");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'review', json_array(learner_id, module_id, question_id)"
                    + " FROM review_item");
            execute("INSERT INTO outbox (kind, row_key) SELECT 'step-work', json_array(learner_id, module_id, step_id)"
                    + " FROM step_work");
            return null;
        });
    }

    /** Forgets the hub: nothing more is queued, and what was waiting is dropped (pairing again sends everything). */
    public synchronized void unpair() {
        try {
            // The stored password is overwritten, not just unlinked, and the log holding old copies is emptied.
            execute("PRAGMA secure_delete = ON");
        } catch (SQLException e) {
            throw Database.explain("unpair from the school hub", file, e);
        }
        inTransaction("unpair from the school hub", () -> {
            execute("DELETE FROM hub_link");
            execute("DELETE FROM outbox");
            execute("DELETE FROM hub_pulled");
            execute("UPDATE sync_control SET paired = 0");
            return null;
        });
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // another reader holds the log for now; SQLite checkpoints it later by itself
        }
    }

    /** Outbox entries waiting to be sent. */
    public synchronized int waiting() {
        return single("count what is waiting", "SELECT COUNT(*) FROM outbox", row -> row.getInt(1)).orElse(0);
    }

    /**
     * The oldest {@code limit} outbox entries as rows to send, each row once however often it changed.
     * Rows that are gone (deleted with their learner) are covered by the batch but send nothing.
     */
    public synchronized Batch nextBatch(int limit) {
        try {
            List<String[]> entries = new ArrayList<>();
            long lastSeq = 0;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT seq, kind, row_key FROM outbox ORDER BY seq LIMIT ?")) {
                statement.setInt(1, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lastSeq = rows.getLong(1);
                        entries.add(new String[] {rows.getString(2), rows.getString(3)});
                    }
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            OutboxRows resolver = new OutboxRows(connection);
            List<SyncRows.Row> rows = new ArrayList<>();
            for (String[] entry : entries) {
                if (seen.add(entry[0] + " " + entry[1])) {
                    resolver.resolve(entry[0], entry[1]).ifPresent(rows::add);
                }
            }
            return new Batch(rows, lastSeq, entries.size());
        } catch (SQLException e) {
            throw Database.explain("read what is waiting for the school hub", file, e);
        }
    }

    /** Called only after the hub's COMMIT returned: the entries up to {@code lastSeq} are sent. */
    public synchronized void markSent(long lastSeq) {
        inTransaction("note what the school hub has", () -> {
            update("DELETE FROM outbox WHERE seq <= ?", lastSeq);
            update("UPDATE hub_link SET last_push_at = ?, last_error = NULL", database.now());
            return null;
        });
    }

    /** Merges rows pulled from the hub in one transaction; returns how many changed anything here. */
    public synchronized int applyPulled(List<SyncRows.Row> rows) {
        return inTransaction("save what came from the school hub", () -> {
            execute("UPDATE sync_control SET applying = 1");
            int changed = 0;
            try (PulledRows merge = new PulledRows(connection)) {
                for (SyncRows.Row row : rows) {
                    changed += merge.apply(row);
                }
            }
            execute("UPDATE sync_control SET applying = 0");
            update("UPDATE hub_link SET last_pull_at = ?", database.now());
            return changed;
        });
    }

    /** The hub's change counter this computer has pulled up to (roster and classes). */
    public synchronized long pulledUpTo() {
        return single("read the pull mark", "SELECT pulled_up_to FROM hub_link", row -> row.getLong(1)).orElse(0L);
    }

    public synchronized void setPulledUpTo(long change) {
        update("UPDATE hub_link SET pulled_up_to = ?", change);
    }

    public synchronized void noteError(String message) {
        update("UPDATE hub_link SET last_error = ?", message);
    }

    public synchronized void noteHubVersion(int version) {
        update("UPDATE hub_link SET hub_version = ?", version);
    }

    /** The uid of a local learner, for asking the hub for their rows. */
    public synchronized Optional<String> learnerUid(long learnerId) {
        return single("find the learner", "SELECT uid FROM learner WHERE id = ?", row -> row.getString(1), learnerId);
    }

    /** For each of these learners, the hub transaction id their rows were last pulled up to ("0": never). */
    public synchronized java.util.Map<String, String> pullMarks(List<String> learnerUids) {
        java.util.Map<String, String> marks = new java.util.LinkedHashMap<>();
        for (String uid : learnerUids) {
            marks.put(uid, single("read the pull mark", "SELECT up_to FROM hub_pulled WHERE learner_uid = ?",
                    row -> row.getString(1), uid).orElse("0"));
        }
        return marks;
    }

    /** Notes that the rows of those of these learners who are on this computer were pulled up to {@code mark}. */
    public synchronized void setPullMarks(List<String> learnerUids, String mark) {
        inTransaction("note what came from the school hub", () -> {
            for (String uid : learnerUids) {
                update("INSERT INTO hub_pulled (learner_uid, up_to) SELECT ?, ? WHERE EXISTS"
                        + " (SELECT 1 FROM learner WHERE uid = ?) ON CONFLICT (learner_uid) DO UPDATE SET up_to = excluded.up_to",
                        uid, mark, uid);
            }
            return null;
        });
    }

    public synchronized List<String> allLearnerUids() {
        List<String> uids = new ArrayList<>();
        forEach("SELECT uid FROM learner ORDER BY id", row -> uids.add(row.getString(1)));
        return uids;
    }

    /** The uids of the members of this class. */
    public synchronized List<String> classMemberUids(long classId) {
        List<String> uids = new ArrayList<>();
        forEach("SELECT l.uid FROM class_member m JOIN learner l ON l.id = m.learner_id WHERE m.class_id = ?",
                row -> uids.add(row.getString(1)), classId);
        return uids;
    }

    // ------------------------------------------------------------------------------------ plumbing

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Database.explain(what, file, e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private int update(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw Database.explain("save the school hub's state", file, e);
        }
    }

    private <T> Optional<T> single(String what, String sql, OutboxRows.Mapper<T> mapper, Object... parameters) {
        List<T> found = new ArrayList<>();
        forEach(sql, row -> found.add(mapper.map(row)), parameters);
        return found.stream().findFirst();
    }

    private void forEach(String sql, OutboxRows.Mapper<?> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    mapper.map(rows);
                }
            }
        } catch (SQLException e) {
            throw Database.explain("read the school hub's state", file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at exit: nothing is left half-written, every write above committed or rolled back
        }
    }
}
