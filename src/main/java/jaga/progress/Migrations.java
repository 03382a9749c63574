package jaga.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The progress file's migrations and the runner that applies them. Migration N brings the schema
 * to {@code user_version} N. Each runs as one whole script, handed to SQLite as written (SQLite
 * itself finds where each statement ends, so a trigger's body, a CASE ... END or a ';' inside a
 * text is never cut), in one transaction together with the new version number: a migration is
 * applied whole or not at all. A released migration is never edited (MigrationChecksumTest):
 * a change to the schema is a new migration.
 */
final class Migrations {

    /** Migrations in order, under /jaga/db/migrations/. */
    static final List<String> RELEASED = List.of("V001__init.sql", "V002__classes_choices_review.sql",
            "V003__picture_lock_module_assignment.sql", "V004__school_hub_outbox.sql", "V005__step_work.sql");
    static final String FOLDER = "/jaga/db/migrations/";

    private final List<String> scripts;

    private Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** Jaga's own migrations. */
    static Migrations released() {
        return new Migrations(RELEASED.stream().map(Migrations::script).toList());
    }

    /** Test support: these scripts as migrations 1, 2, ... */
    static Migrations of(List<String> scripts) {
        return new Migrations(scripts);
    }

    int latest() {
        return scripts.size();
    }

    /**
     * Applies migrations {@code from + 1} to {@code target} in order, each in its own transaction.
     * A failure leaves the file at the last version that was applied whole.
     */
    void apply(Connection connection, Path file, int from, int target) {
        for (int version = from + 1; version <= target; version++) {
            applyOne(connection, file, version);
        }
    }

    private void applyOne(Connection connection, Path file, int version) {
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // sqlite-jdbc hands a whole script to sqlite3_exec, which runs every statement in it.
                statement.executeUpdate(scripts.get(version - 1));
                statement.executeUpdate("PRAGMA user_version = " + version);
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection);
            restoreAutoCommitQuietly(connection);
            throw new ProgressException("progress.notUpgraded", "Could not upgrade the progress file " + file + " to version " + version
                    + "; it was left at the version it had. " + e.getMessage(), e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new ProgressException("The progress file " + file + " is in an unexpected state: " + e.getMessage(), e);
        }
    }

    /** The text of a released migration, exactly as shipped. */
    static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    private static void restoreAutoCommitQuietly(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the failure of the migration is what the user needs to hear about
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure of the migration is what the user needs to hear about
        }
    }
}
