package jaga.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * The progress database: one SQLite file in the data folder. Opening checks the file before
 * anything writes to it, backs it up before a migration, and refuses files from a newer Jaga.
 */
public final class Database implements AutoCloseable {

    /** Migrations in order; migration N brings the schema to user_version N. */
    static final List<String> MIGRATIONS = List.of("V001__init.sql", "V002__classes_choices_review.sql",
            "V003__picture_lock_module_assignment.sql", "V004__school_hub_outbox.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    static final int BACKUPS_KEPT = 5;
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

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
                inspectWithoutWriting(file);
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

    /**
     * Reads the version and checks integrity (SQLite's full integrity_check) through a read-only
     * connection, so that a file from a newer Jaga or a damaged one stays byte-for-byte as it was.
     */
    static int inspectWithoutWriting(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        boolean walExisted = Files.exists(wal);
        boolean shmExisted = Files.exists(shm);
        try {
            return inspect(file);
        } catch (ProgressException.TooNew | ProgressException.Damaged refused) {
            // SQLite makes an empty WAL and its index even to read; a refused file is left exactly as it was.
            removeIfMadeHere(wal, walExisted, true);
            removeIfMadeHere(shm, shmExisted, false);
            throw refused;
        }
    }

    private static void removeIfMadeHere(Path file, boolean existedBefore, boolean onlyIfEmpty) {
        try {
            if (!existedBefore && Files.exists(file) && (!onlyIfEmpty || Files.size(file) == 0)) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // an empty leftover is harmless; the refusal is what the user needs to hear about
        }
    }

    private static int inspect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection readOnly = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement statement = readOnly.createStatement()) {
            int version;
            try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                version = rows.getInt(1);
            }
            if (version > SCHEMA_VERSION) {
                throw new ProgressException.TooNew("The progress file " + file + " was made by a newer version of Jaga"
                        + " (database version " + version + ", this Jaga knows up to " + SCHEMA_VERSION
                        + "). Update Jaga to open it; the file has not been changed.");
            }
            // The full check, not quick_check: that one looks at each page but not at whether an index
            // still matches its table, so a file with a damaged index passed and was written to. This
            // runs on every open, so before every upgrade, import and restore; its cost is in
            // docs/performance.md (about 10 ms for a class, 0.4 s for a 1,000-learner school).
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check(1)")) {
                String result = rows.next() ? rows.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw damaged(file, null);
                }
            }
            return version;
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == 5 || code == 6) {
                // SQLITE_BUSY or SQLITE_LOCKED: another program holds the file, which is not damage.
                throw new ProgressException("The progress file " + file + " is being used by another program (a"
                        + " database viewer or a backup tool, perhaps). Close that program and open Jaga again;"
                        + " nothing was changed.", e);
            }
            throw damaged(file, e);
        }
    }

    /**
     * SQLite's {@code pragma} ({@code quick_check} or {@code integrity_check}) on the file, through
     * a read-only connection: "ok", or the first problem SQLite found. For the benchmark of what
     * each check costs (docs/performance.md).
     */
    public static String check(Path file, String pragma) {
        if (!pragma.equals("quick_check") && !pragma.equals("integrity_check")) {
            throw new IllegalArgumentException(pragma);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection readOnly = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement statement = readOnly.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma + "(1)")) {
            return rows.next() ? rows.getString(1) : "no answer";
        } catch (SQLException e) {
            throw explain("check", file, e);
        }
    }

    private static ProgressException.Damaged damaged(Path file, Throwable cause) {
        return new ProgressException.Damaged("The progress file " + file + " is damaged or is not a Jaga database."
                + " It has been left as it is; " + newestBackup(file), cause);
    }

    /** Offers the newest backup beside a damaged file, if there is one. */
    private static String newestBackup(Path file) {
        Path backups = file.resolveSibling("backups");
        try (Stream<Path> files = Files.isDirectory(backups) ? Files.list(backups) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().matches("jaga-.*\\.db"))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> "the newest backup is " + p + " (`jaga restore " + p + "` puts it back, keeping the damaged file).")
                    .orElse("there is no backup in " + backups + ".");
        } catch (IOException e) {
            return "a backup may be in " + backups + ".";
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

    private void migrate(Path backups, int target) {
        int current = schemaVersion();
        if (current >= target) {
            return;
        }
        if (current > 0 && backups != null) {
            backUp(backups, current, "");
            pruneUpgradeBackups(backups);
        }
        for (int version = current + 1; version <= target; version++) {
            applyMigration(version);
        }
    }

    private void applyMigration(int version) {
        String name = MIGRATIONS.get(version - 1);
        List<String> statements = readStatements(name);
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA user_version = " + version);
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new ProgressException("Could not upgrade the progress file " + file + " to version " + version
                    + "; it was left at the version it had. " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /**
     * Backs the database up now, as {@code backups/jaga-<time>-v<version>-manual.db}. Manual
     * backups are never pruned: only the adult who made them removes them.
     */
    public Path backUpNow() {
        return backUp(dataDirectory.backups(), schemaVersion(), "-manual");
    }

    /**
     * A consistent copy taken through SQLite itself, so pages still in the WAL are included. The
     * backups folder must not be a link, and SQLite (opened with no-follow) writes through no link
     * at the backup's name either.
     */
    private Path backUp(Path backups, int version, String kind) {
        try {
            if (Files.isSymbolicLink(backups)) {
                throw DataDirectory.linked(backups.getParent(), backups);
            }
            Files.createDirectories(backups);
            Path target = uniqueBackupName(backups, BACKUP_STAMP.format(clock.instant()), "-v" + version + kind + ".db");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("VACUUM INTO '" + realPath(target).toString().replace("'", "''") + "'");
            }
            return target;
        } catch (IOException e) {
            throw new ProgressException("Could not back up " + file + " into " + backups + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        } catch (SQLException e) {
            throw explain("back up the progress file into " + backups, file, e);
        }
    }

    /**
     * {@code jaga-<stamp><suffix>}, or {@code jaga-<stamp>.2<suffix>} ... if that name is taken (by
     * anything, a link pointing nowhere included).
     */
    static Path uniqueBackupName(Path backups, String stamp, String suffix) {
        Path target = backups.resolve("jaga-" + stamp + suffix);
        for (int n = 2; DataDirectory.present(target); n++) {
            target = backups.resolve("jaga-" + stamp + "." + n + suffix);
        }
        return target;
    }

    static String backupStamp(Clock clock) {
        return BACKUP_STAMP.format(clock.instant());
    }

    /** Keeps the newest five automatic (before-upgrade) backups; manual ones are left alone. */
    private void pruneUpgradeBackups(Path backups) {
        try {
            pruneBackups(backups);
        } catch (IOException e) {
            throw new ProgressException("Could not tidy old backups in " + backups + ": " + e.getMessage(), e);
        }
    }

    private static void pruneBackups(Path backups) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(backups)) {
            all = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("jaga-.*-v\\d+\\.db")).sorted().toList());
        }
        while (all.size() > BACKUPS_KEPT) {
            Files.delete(all.remove(0));
        }
    }

    private static List<String> readStatements(String name) {
        try (InputStream in = Database.class.getResourceAsStream("/jaga/db/migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return splitStatements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /**
     * The statements of a migration script: split at each ';' that ends a line, except inside a
     * trigger's BEGIN ... END body, whose own statements end with ';' too. Comment lines are dropped.
     */
    static List<String> splitStatements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTriggerBody = false;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.equals("BEGIN")) {
                inTriggerBody = true;
            }
            boolean ends = trimmed.endsWith(";") && (!inTriggerBody || upper.equals("END;"));
            if (ends) {
                String statement = current.toString().strip();
                statements.add(inTriggerBody ? statement.substring(0, statement.length() - 1)
                        : statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
                inTriggerBody = false;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
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
        return new ProgressException("Could not " + what + " in " + file + ": " + reason, e);
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
