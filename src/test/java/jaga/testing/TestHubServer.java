package jaga.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server for the school hub's tests: a {@link ThrowawayPostgres} started for the
 * test, or a server named by the environment. Only the throwaway one can be killed, frozen and
 * restarted; tests of faults use {@link ThrowawayPostgres#start()} directly.
 */
public interface TestHubServer extends AutoCloseable {

    /** Names a server to use instead of a throwaway one, e.g. {@code jdbc:postgresql://db:5432/postgres}. */
    String URL_VARIABLE = "JAGA_TEST_HUB_URL";
    String USER_VARIABLE = "JAGA_TEST_HUB_USER";
    String PASSWORD_VARIABLE = "JAGA_TEST_HUB_PASSWORD";

    /** JDBC URL of a database the admin user can connect to and create databases from. */
    String adminUrl();

    /** A user allowed to create databases; its password is {@link #adminPassword()}. */
    String adminUser();

    String adminPassword();

    /**
     * Creates a new empty database and returns its JDBC URL. On a named server the database gets
     * a unique suffix (so runs never collide) and is dropped by {@link #close()}: use the URL, not
     * the name. Names are lower-case letters, digits and underscores.
     */
    String createDatabase(String name);

    /** A connection as the admin user, with password authentication. */
    default Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, adminUser(), adminPassword());
    }

    /** Stops a throwaway server and deletes its data; on a named server, drops the databases created. */
    @Override
    void close();

    /** The server named by {@value #URL_VARIABLE} when set, else a new throwaway one. Never skips. */
    static TestHubServer any() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return ThrowawayPostgres.start();
        }
        return named(url, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE));
    }

    /** An existing server; fails at once, naming it, if it cannot be reached as that user. */
    static TestHubServer named(String adminUrl, String user, String password) {
        return new NamedHubServer(adminUrl, user, password);
    }
}
