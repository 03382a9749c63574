package jaga.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The progress database: one SQLite file in the data folder. Opening checks the file before
 * anything writes to it, backs it up before a migration, and refuses files from a newer Jaga.
 */
public final class Database implements AutoCloseable {

    /** The schema version this Jaga makes and reads: one per migration ({@link Migrations}). */
    public static final int SCHEMA_VERSION = Migrations.RELEASED.size();

    private final DataDirectory dataDirectory;
    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final WriterLock lock;

    private Database(DataDirectory dataDirectory, Connection connection, Clock clock, WriterLock lock) {
        this(dataDirectory, dataDirectory.database(), connection, clock, lock);
    }

    private Database(DataDirectory dataDirectory, Path file, Connection connection, Clock clock, WriterLock lock) {
        this.dataDirectory = dataDirectory;
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.lock = lock;
    }

    /**
     * Opens the data folder's database as its only writer: a second Jaga on the same folder gets
     * {@link ProgressException.AlreadyOpen}. Upgrades an older file after backing it up.
     */
    public static Database open(DataDirectory dataDirectory, Clock clock) {
        WriterLock lock = WriterLock.acquire(dataDirectory);
        try {
            dataDirectory.refuseLinks();
            Path file = dataDirectory.database();
            if (Files.isDirectory(file)) {
                throw new ProgressException.DataDirectoryUnusable("Cannot use the data folder " + dataDirectory.root()
                        + ": its progress file " + file + " is a folder, not a file. Move that folder somewhere else, or"
                        + " choose another data folder with --data-dir or " + DataDirectory.ENVIRONMENT_VARIABLE
                        + "; nothing was changed.");
            }
            if (Files.exists(file)) {
                DatabaseInspection.withoutWriting(file);
            }
            Connection connection = connect(file);
            try {
                Database database = new Database(dataDirectory, connection, clock, lock);
                database.migrate(dataDirectory.backups(), SCHEMA_VERSION);
                return database;
            } catch (RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Test support: creates a database at an older schema version by applying only the first
     * {@code version} migrations, as an older Jaga would have left it.
     */
    static void createAtVersion(DataDirectory dataDirectory, int version, Clock clock) {
        try (WriterLock lock = WriterLock.acquire(dataDirectory)) {
            Connection connection = connect(dataDirectory.database());
            try {
                new Database(dataDirectory, connection, clock, null).migrate(dataDirectory.backups(), version);
            } finally {
                closeQuietly(connection);
            }
        }
    }

    /**
     * Brings a copy of a progress file (a backup being restored, not yet in place) up to this Jaga's
     * version, with no backup of its own (the original stays where it was), and leaves it a single
     * file without a write-ahead log, ready to be renamed over jaga.db.
     */
    static void upgradeCopy(Path copy, Clock clock) {
        Connection connection = connect(copy);
        try {
            new Database(null, copy, connection, clock, null).migrate(null, SCHEMA_VERSION);
            try (Statement statement = connection.createStatement();
                 ResultSet mode = statement.executeQuery("PRAGMA journal_mode = DELETE")) {
                if (!mode.next() || !"delete".equalsIgnoreCase(mode.getString(1))) {
                    throw new ProgressException("Could not make " + copy + " a single file");
                }
            }
        } catch (SQLException e) {
            throw explain("prepare the copy", copy, e);
        } finally {
            closeQuietly(connection);
        }
    }

    /**
     * A connection to a file in the data folder with no settings of Jaga's (no journal mode set),
     * following no links: for checkpointing the current file before a restore replaces it.
     */
    static Connection plainConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        java.util.Properties properties = config.toProperties();
        properties.setProperty("open_mode", Integer.toString(config.getOpenModeFlags() | OPEN_NOFOLLOW));
        return DriverManager.getConnection("jdbc:sqlite:" + realPath(file), properties);
    }

    public Path file() {
        return file;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Clock clock() {
        return clock;
    }

    Connection connection() {
        return connection;
    }

    /**
     * A second connection to the same file, for the hub link's background thread: its
     * transactions must never take in a child's answer written meanwhile on the main connection.
     */
    Connection secondConnection() {
        return connect(file);
    }

    public int schemaVersion() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new ProgressException("Cannot read the database version of " + file, e);
        }
    }

    /** SQLITE_OPEN_NOFOLLOW: SQLite refuses a path with a link in it, for the database, its WAL and VACUUM INTO. */
    private static final int OPEN_NOFOLLOW = 0x01000000;
    /** SQLITE_CANTOPEN_SYMLINK, the extended code for a path refused for a link. */
    private static final int CANTOPEN_SYMLINK = 14 | (6 << 8);

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        // FULL: a power cut mid-quiz must not lose the answer a child just gave.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        java.util.Properties properties = config.toProperties();
        properties.setProperty("open_mode", Integer.toString(config.getOpenModeFlags() | OPEN_NOFOLLOW));
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + realPath(file), properties);
            ClassUids.register(connection);
            return connection;
        } catch (SQLException e) {
            if (e.getErrorCode() == CANTOPEN_SYMLINK || linkBeside(file)) {
                throw new ProgressException.DataDirectoryUnusable(DataDirectory.linked(file.getParent(),
                        linkBesideOrSelf(file)).getMessage());
            }
            throw new ProgressException("Cannot open the progress file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file's folder with its links resolved, and the file's own name: SQLite, told to follow no
     * links, then refuses only a link where Jaga's own files are, not one on the way to the folder.
     */
    static Path realPath(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            return folder.toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            return file.toAbsolutePath();
        }
    }

    /** Whether the file or its WAL or index beside it is a link (which SQLite refuses as "cannot open"). */
    private static boolean linkBeside(Path file) {
        return !linkBesideOrSelf(file).equals(file) || Files.isSymbolicLink(file);
    }

    private static Path linkBesideOrSelf(Path file) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path entry = file.resolveSibling(file.getFileName() + suffix);
            if (Files.isSymbolicLink(entry)) {
                return entry;
            }
        }
        return file;
    }

    /** Backs an older file up (when it has a backups folder), then applies the migrations it lacks. */
    private void migrate(Path backups, int target) {
        int current = schemaVersion();
        if (current >= target) {
            return;
        }
        if (current > 0 && backups != null) {
            DatabaseBackups.backUp(connection, file, backups, clock, current, "");
            DatabaseBackups.pruneUpgradeBackups(backups);
        }
        Migrations.released().apply(connection, file, current, target);
    }

    /**
     * Reads the version and checks integrity through a read-only connection, leaving a refused
     * file exactly as it was ({@link DatabaseInspection}).
     */
    static int inspectWithoutWriting(Path file) {
        return DatabaseInspection.withoutWriting(file);
    }

    /** SQLite's quick_check or integrity_check on the file, read-only: "ok" or the first problem (the benchmark's). */
    public static String check(Path file, String pragma) {
        return DatabaseInspection.check(file, pragma);
    }

    /**
     * Backs the database up now, as {@code backups/jaga-<time>-v<version>-manual.db}. Manual
     * backups are never pruned: only the adult who made them removes them.
     */
    public Path backUpNow() {
        return DatabaseBackups.backUp(connection, file, dataDirectory.backups(), clock, schemaVersion(), "-manual");
    }

    /** Now, to the millisecond, as ISO-8601 UTC text. */
    /** Always three digits of milliseconds, so stored times sort as text in time order. */
    String now() {
        return timestamp(clock.instant());
    }

    /** A moment as Jaga stores it: ISO-8601 UTC with exactly three digits of milliseconds. */
    static String timestamp(java.time.Instant moment) {
        return TIMESTAMP.format(moment);
    }

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction: all of it is saved, or (on any failure, a full disk
     * included) none of it.
     */
    <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw explain(what, file, e);
        }
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw explain(what, file, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            if (committed) {
                autoCommit();
            } else {
                autoCommitAfterFailure();
            }
        }
    }

    /**
     * Back to one-commit-per-statement after a failed transaction. SQLite may already have rolled
     * it back by itself (it does on a full disk), so the driver's closing "commit" can fail; what
     * matters is that the connection saves each later answer as it comes.
     */
    private void autoCommitAfterFailure() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // checked just below
        }
        try {
            if (!connection.getAutoCommit()) {
                throw new ProgressException("The progress file " + file + " is in an unexpected state; close Jaga and"
                        + " open it again.");
            }
        } catch (SQLException e) {
            throw new ProgressException("The progress file " + file + " is in an unexpected state: " + e.getMessage(), e);
        }
    }

    /** Turns an SQLite failure into words a parent or teacher can act on. */
    static ProgressException explain(String what, Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String reason = switch (code) {
            case 13 -> "the disk is full. Free some space and try again; nothing was half-saved.";
            case 8 -> "the file or its folder is read-only. Choose a folder Jaga can write to; nothing was changed.";
            case 5, 6 -> "another program is using the file. Close it and try again; nothing was changed.";
            case 10 -> "the disk reported an error while writing (" + e.getMessage() + "); nothing was half-saved.";
            case 11, 26 -> "the file is damaged. A backup may be in the backups folder beside it.";
            default -> e.getMessage();
        };
        String key = switch (code) {
            case 13 -> "progress.diskFull";
            case 8 -> "progress.readOnly";
            case 5, 6 -> "progress.busy";
            case 10 -> "progress.diskError";
            case 11, 26 -> "progress.damaged";
            default -> ProgressException.FAILED;
        };
        return new ProgressException(key, "Could not " + what + " in " + file + ": " + reason, e);
    }

    void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to hear about
        }
    }

    void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new ProgressException("The progress file " + file + " is in an unexpected state: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is reported
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ProgressException("Could not close the progress file " + file + ": " + e.getMessage(), e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
