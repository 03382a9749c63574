package jaga.progress.hub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The hub's own schema, versioned apart from the computers' SQLite files: created and upgraded by
 * {@code jaga hub init}, one transaction per step (PostgreSQL's DDL is transactional, so a failed
 * upgrade leaves the hub as it was), and checked before every sync.
 */
public final class HubSchema {
    static final List<String> MIGRATIONS = List.of("H001__school_hub.sql", "H002__step_work.sql");
    /** The hub schema this Jaga speaks. */
    public static final int VERSION = MIGRATIONS.size();
    /** The role every lab computer's login belongs to: rows in, rows out, no schema changes. */
    public static final String PC_ROLE = "jaga_pc";
    private static final long INIT_LOCK = 0x4a616761L; // "Jaga": one init at a time

    private HubSchema() {}

    /** The hub's schema version, or empty where Jaga has never been set up on it. */
    public static Optional<Integer> version(Connection hub) throws SQLException {
        try (Statement statement = hub.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('jaga_hub') IS NOT NULL")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return Optional.empty();
            }
        }
        try (Statement statement = hub.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM jaga_hub WHERE key = 'schema_version'")) {
            return rows.next() ? Optional.of(Integer.parseInt(rows.getString(1))) : Optional.empty();
        }
    }

    /** Refuses a hub this Jaga cannot write to safely, saying which side to update. */
    public static int requireCompatible(Connection hub, HubAddress address) throws SQLException {
        Optional<Integer> version = version(hub);
        if (version.isEmpty()) {
            throw new HubException.WrongVersion("hub.notSetUp", "The database at " + address.url() + " has no Jaga hub in it yet."
                    + " Set it up first with `jaga hub init " + address.url() + "` (as the database's owner);"
                    + " work stays saved on this computer.");
        }
        if (version.get() > VERSION) {
            throw new HubException.WrongVersion("hub.newer", "The school hub was set up by a newer Jaga (hub version " + version.get()
                    + "; this Jaga knows up to " + VERSION + "). Update Jaga on this computer to send work to it;"
                    + " until then everything stays saved on this computer.");
        }
        if (version.get() < VERSION) {
            throw new HubException.WrongVersion("hub.older", "This Jaga is newer than the school hub (hub version " + version.get()
                    + ", this Jaga needs " + VERSION + "). Upgrade the hub with `jaga hub init " + address.url()
                    + "` from this computer; until then everything stays saved here.");
        }
        return version.get();
    }

    /** What {@link #init} did. */
    public record Initialised(int fromVersion, int toVersion, boolean roleCreated) {}

    /**
     * Creates the hub's tables or upgrades them to {@link #VERSION}, creates the {@value #PC_ROLE}
     * role if it is missing, and grants it only what a lab computer needs. Safe to run again.
     */
    public static Initialised init(Connection hub) throws SQLException {
        hub.setAutoCommit(false);
        try {
            try (Statement statement = hub.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + INIT_LOCK + ")");
                statement.execute("CREATE TABLE IF NOT EXISTS jaga_hub (key text PRIMARY KEY, value text NOT NULL)");
            }
            int from = version(hub).orElse(0);
            if (from > VERSION) {
                throw new HubException.WrongVersion("hub.newer", "The school hub was set up by a newer Jaga (hub version " + from
                        + "); this Jaga knows up to " + VERSION + " and has changed nothing.");
            }
            for (int step = from + 1; step <= VERSION; step++) {
                try (Statement statement = hub.createStatement()) {
                    statement.execute(script(MIGRATIONS.get(step - 1)));
                }
                try (PreparedStatement mark = hub.prepareStatement("INSERT INTO jaga_hub (key, value)"
                        + " VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                    mark.setString(1, Integer.toString(step));
                    mark.executeUpdate();
                }
            }
            boolean roleCreated = createPcRole(hub);
            grant(hub);
            hub.commit();
            return new Initialised(from, VERSION, roleCreated);
        } catch (SQLException | RuntimeException e) {
            hub.rollback();
            throw e;
        } finally {
            hub.setAutoCommit(true);
        }
    }

    /**
     * A login for the lab computers, in the {@value #PC_ROLE} role. The password is hashed here
     * (SCRAM-SHA-256, by the driver) and only the hash is sent, so it is in no statement the server
     * or the driver could log.
     */
    public static void createPcLogin(Connection hub, String name, String password) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new HubException.BadAddress("A PC login name is lower-case letters, digits and _ (such as jaga_lab).");
        }
        boolean found;
        try (PreparedStatement exists = hub.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                found = rows.next();
            }
        }
        try (Statement statement = hub.createStatement()) {
            statement.execute((found ? "ALTER ROLE " : "CREATE ROLE ") + name + " LOGIN");
            statement.execute("GRANT " + PC_ROLE + " TO " + name);
        }
        hub.unwrap(org.postgresql.PGConnection.class).alterUserPassword(name, password.toCharArray(), "scram-sha-256");
    }

    private static boolean createPcRole(Connection hub) throws SQLException {
        try (Statement statement = hub.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + PC_ROLE + "'")) {
            if (rows.next()) {
                return false;
            }
        }
        try (Statement statement = hub.createStatement()) {
            statement.execute("CREATE ROLE " + PC_ROLE + " NOLOGIN");
        }
        return true;
    }

    private static void grant(Connection hub) throws SQLException {
        try (Statement statement = hub.createStatement()) {
            statement.execute("GRANT SELECT ON jaga_hub TO " + PC_ROLE);
            statement.execute("GRANT SELECT, INSERT, UPDATE ON learner, school_class, lesson_progress, quiz_attempt,"
                    + " quiz_answer, chat_choice, badge, review_item, step_work, conflict_log, pc TO " + PC_ROLE);
            // A learner's deletion removes their facts everywhere; nothing else is ever deleted by a PC.
            statement.execute("GRANT DELETE ON lesson_progress, quiz_attempt, quiz_answer, chat_choice, badge,"
                    + " review_item, step_work TO " + PC_ROLE);
            statement.execute("GRANT USAGE ON SEQUENCE change_seq, conflict_log_id_seq TO " + PC_ROLE);
        }
    }

    private static String script(String name) {
        try (InputStream in = HubSchema.class.getResourceAsStream("/jaga/hub/migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("hub migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read hub migration " + name, e);
        }
    }
}
