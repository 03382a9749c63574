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
    static final List<String> MIGRATIONS = List.of("V001__init.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    static final int BACKUPS_KEPT = 5;
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private Database(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    public static Database open(DataDirectory dataDirectory, Clock clock) {
        Path file = dataDirectory.database();
        boolean existed = Files.exists(file);
        if (existed) {
            inspectWithoutWriting(file);
        }
        Connection connection = connect(file);
        try {
            Database database = new Database(file, connection, clock);
            database.migrate(dataDirectory.backups());
            return database;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    Connection connection() {
        return connection;
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
     * Reads the version and checks integrity through a read-only connection, so that a file
     * from a newer Jaga or a damaged one stays byte-for-byte as it was.
     */
    private static void inspectWithoutWriting(Path file) {
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
            try (ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                String result = rows.next() ? rows.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw damaged(file, null);
                }
            }
        } catch (SQLException e) {
            throw damaged(file, e);
        }
    }

    private static ProgressException.Damaged damaged(Path file, Throwable cause) {
        return new ProgressException.Damaged("The progress file " + file + " is damaged or is not a Jaga database."
                + " It has been left as it is; a backup may be in the backups folder beside it.", cause);
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        // FULL: a power cut mid-quiz must not lose the answer a child just gave.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw new ProgressException("Cannot open the progress file " + file + ": " + e.getMessage(), e);
        }
    }

    private void migrate(Path backups) {
        int current = schemaVersion();
        if (current == SCHEMA_VERSION) {
            return;
        }
        if (current > 0) {
            backUp(backups, current);
        }
        for (int version = current + 1; version <= SCHEMA_VERSION; version++) {
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

    /** A consistent copy taken through SQLite itself, so pages still in the WAL are included. */
    private void backUp(Path backups, int oldVersion) {
        try {
            Files.createDirectories(backups);
            Path target = backups.resolve("jaga-" + BACKUP_STAMP.format(clock.instant()) + "-v" + oldVersion + ".db");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
            }
            pruneBackups(backups);
        } catch (IOException | SQLException e) {
            throw new ProgressException("Could not back up " + file + " before upgrading it; nothing was changed. "
                    + e.getMessage(), e);
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
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            for (String part : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!part.isBlank()) {
                    statements.add(part.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant());
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
        }
    }
}
