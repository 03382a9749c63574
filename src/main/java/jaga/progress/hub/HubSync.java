package jaga.progress.hub;

import jaga.progress.SyncJournal;
import jaga.progress.SyncRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * One conversation with the hub: push what is waiting in batches (each marked sent only after the
 * hub's COMMIT returned, so a lost acknowledgement means a harmless replay), and pull. Every call
 * has a time limit; none may run on the JavaFX thread.
 */
public final class HubSync {
    /** Outbox entries per hub transaction. */
    public static final int BATCH = 500;

    private final SyncJournal journal;
    private final String jagaVersion;

    public HubSync(SyncJournal journal, String jagaVersion) {
        this.journal = journal;
        this.jagaVersion = jagaVersion;
    }

    /** What one push did. */
    public record Pushed(int entries, int rowsSent, int rowsChanged, int batches) {}

    /** What one pull did. */
    public record Pulled(int rowsRead, int rowsChanged) {}

    /** Checks the address, login and schema version, as pairing does; returns the hub's version. */
    public static int check(HubAddress address, Duration timeout) {
        try (Connection hub = address.connect(timeout)) {
            int version = HubSchema.requireCompatible(hub, address);
            try (var statement = hub.createStatement()) {
                statement.executeQuery("SELECT 1 FROM learner LIMIT 0").close(); // the role may read Jaga's tables
            }
            return version;
        } catch (SQLException e) {
            throw explain(address, e);
        }
    }

    /** Sends everything waiting, batch by batch. Throws (having lost nothing) if the hub stops answering. */
    public Pushed push(Duration timeout) {
        HubAddress address = address();
        try (Connection hub = address.connect(timeout)) {
            return pushOn(hub, address);
        } catch (SQLException e) {
            throw noted(explain(address, e));
        }
    }

    /** Brings the roster and classes that changed on the hub since the last pull. */
    public Pulled pullRoster(Duration timeout) {
        return bring(false, () -> null, timeout);
    }

    /**
     * Brings what the hub has of these learners that this computer has not pulled yet (a child
     * signing in at another seat, or a teacher opening a class), after the roster, so that their
     * profiles are here first.
     */
    public Pulled pullLearners(List<String> learnerUids, Duration timeout) {
        return bring(false, () -> learnerUids, timeout);
    }

    /**
     * One conversation on one connection: send what is waiting (if asked), bring the roster, then
     * the rows of the learners {@code whose} names, asked after the roster is in (null: none).
     */
    public Pulled bring(boolean pushFirst, Supplier<List<String>> whose, Duration timeout) {
        HubAddress address = address();
        try (Connection hub = address.connect(timeout)) {
            if (pushFirst) {
                pushOn(hub, address);
            } else {
                HubSchema.requireCompatible(hub, address);
            }
            HubReader reader = new HubReader(hub);
            HubReader.Roster roster = reader.rosterSince(journal.pulledUpTo());
            int changed = journal.applyPulled(roster.rows());
            journal.setPulledUpTo(roster.upToChange());
            List<String> learnerUids = whose.get();
            if (learnerUids == null) {
                return new Pulled(roster.rows().size(), changed);
            }
            List<HubReader.Since> asked = journal.pullMarks(learnerUids).entrySet().stream()
                    .map(mark -> new HubReader.Since(mark.getKey(), mark.getValue())).toList();
            HubReader.LearnerRows rows = reader.learnerRowsSince(asked);
            changed += journal.applyPulled(rows.rows());
            journal.setPullMarks(learnerUids, rows.nextMark());
            return new Pulled(roster.rows().size() + rows.rows().size(), changed);
        } catch (SQLException e) {
            throw explain(address, e);
        }
    }

    private Pushed pushOn(Connection hub, HubAddress address) throws SQLException {
        int entries = 0;
        int sent = 0;
        int changed = 0;
        int batches = 0;
        try {
            HubSchema.version(hub).ifPresent(journal::noteHubVersion); // what the hub is, even when it is refused
            HubSchema.requireCompatible(hub, address);
        } catch (HubException.WrongVersion e) {
            throw noted(e); // so `jaga hub status` and the School hub page say which side to update
        }
        String pcUid = journal.pcUid();
        hub.setAutoCommit(false);
        try {
            while (true) {
                SyncJournal.Batch batch = journal.nextBatch(BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                try {
                    changed += new HubWriter(hub).apply(batch.rows(), pcUid, jagaVersion);
                    hub.commit();
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(hub);
                    throw e;
                }
                journal.markSent(batch.lastSeq());
                entries += batch.entries();
                sent += batch.rows().size();
                batches++;
            }
        } catch (SQLException e) {
            throw noted(explain(address, e));
        } finally {
            hub.setAutoCommit(true);
        }
        return new Pushed(entries, sent, changed, batches);
    }

    /** Keeps the reason a push failed, for `jaga hub status` and the School hub page. */
    private HubException noted(HubException failure) {
        journal.noteError(failure.getMessage());
        return failure;
    }

    /** The live members of these classes on the hub, by class uid (a class whose list was changed elsewhere). */
    public List<String> classMembers(List<String> classUids, Duration timeout) {
        HubAddress address = address();
        try (Connection hub = address.connect(timeout)) {
            HubSchema.requireCompatible(hub, address);
            return new HubReader(hub).classMembers(classUids);
        } catch (SQLException e) {
            throw explain(address, e);
        }
    }

    private HubAddress address() {
        SyncJournal.HubLink link = journal.link().orElseThrow(() -> HubException.notPaired("This computer is not paired"
                + " with a school hub. An adult can pair it in the adult area, or with `jaga hub pair`."));
        return new HubAddress(link.url(), link.user(), link.password());
    }

    /** Turns a driver failure into a sentence a school's IT teacher can act on (never with the password). */
    public static HubException explain(HubAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new HubException.NotAllowed("The school hub at " + address.url() + " refused the user name or"
                    + " password for " + address.user() + ". Check them with the technician; nothing was lost here.", e);
        }
        if (state.equals("42501")) {
            return new HubException.NotAllowed("The user " + address.user() + " may not use Jaga's tables on the hub."
                    + " Run `jaga hub init` again as the database owner, or add the user to the " + HubSchema.PC_ROLE
                    + " role; nothing was lost here.", e);
        }
        if (state.equals("3D000")) {
            return new HubException.BadAddress("There is no database called as in " + address.url()
                    + " on that server. Check the address; nothing was lost here.");
        }
        // 25P03: the hub ended a transaction this computer left idle past its time limit (see HubAddress).
        if (state.startsWith("08") || state.startsWith("57") || state.equals("25P03") || e instanceof SQLTransientException
                || hasCause(e, java.io.IOException.class)) {
            return new HubException.Unreachable("The school hub at " + address.url() + " cannot be reached just now."
                    + " Work stays saved on this computer and is sent when the hub is back.", e);
        }
        return new HubException("The school hub at " + address.url() + " could not take the work: " + e.getMessage()
                + ". Work stays saved on this computer.", e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection hub) {
        try {
            hub.rollback();
        } catch (SQLException ignored) {
            // the connection is likely gone; the hub rolls back an unfinished transaction by itself
        }
    }
}
