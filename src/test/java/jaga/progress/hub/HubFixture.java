package jaga.progress.hub;

import jaga.testing.TestHubServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh hub database set up as `jaga hub init` does, with the lab computers' login. Public for the school hub journey. */
public final class HubFixture {
    public static final String PC_USER = "jaga_lab";
    public static final String PC_PASSWORD = "lab-pass-\u00e9\u00e8'\"";

    private HubFixture() {}

    /** Creates a database, Jaga's tables in it and the PC login; returns its JDBC URL. */
    public static String freshHub(TestHubServer server, String name) {
        String url = server.createDatabase(name);
        try (Connection admin = server.connect(url)) {
            HubSchema.init(admin);
            HubSchema.createPcLogin(admin, PC_USER, PC_PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up the hub " + url, e);
        }
        return url;
    }

    static HubAddress pcLogin(String url) {
        return new HubAddress(url, PC_USER, PC_PASSWORD);
    }

    /** One number from the hub, as the admin sees it. */
    static long count(TestHubServer server, String url, String query) {
        try (Connection admin = server.connect(url); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
