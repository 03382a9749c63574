package jaga.progress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another program (a database browser, say) with a write transaction open on jaga.db: it says
 * "locked" and keeps the lock until its input closes. With {@code exclusive} it takes SQLite's
 * exclusive locking mode, which keeps readers out as well.
 */
public final class HoldWriteLock {
    private HoldWriteLock() {}

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement statement = connection.createStatement()) {
            if (args.length > 1 && args[1].equals("exclusive")) {
                statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            }
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE learner SET display_name = display_name");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the parent closes our input
            }
            connection.rollback();
        }
    }
}
