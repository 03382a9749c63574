package jaga.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/** A server someone else runs ({@link TestHubServer#URL_VARIABLE}): we only add and drop databases. */
final class NamedHubServer implements TestHubServer {
    static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,40}");
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String adminUrl;
    private final String user;
    private final String password;
    private final List<String> created = new CopyOnWriteArrayList<>();

    NamedHubServer(String adminUrl, String user, String password) {
        if (!URL.matcher(adminUrl).matches()) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like jdbc:postgresql://host:port/database, not " + adminUrl);
        }
        this.adminUrl = adminUrl;
        this.user = user == null || user.isBlank() ? System.getProperty("user.name") : user;
        this.password = password == null ? "" : password;
        try (Connection c = connect(adminUrl); Statement s = c.createStatement()) {
            s.execute("select 1");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the hub server " + adminUrl + " as " + this.user + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String adminUrl() {
        return adminUrl;
    }

    @Override
    public String adminUser() {
        return user;
    }

    @Override
    public String adminPassword() {
        return password;
    }

    @Override
    public String createDatabase(String name) {
        String unique = checkedName(name) + "_" + HexFormat.of().formatHex(randomBytes());
        execute(adminUrl, user, password, "create database \"" + unique + "\"");
        created.add(unique);
        return withDatabase(adminUrl, unique);
    }

    @Override
    public void close() {
        for (String name : created) {
            execute(adminUrl, user, password, "drop database if exists \"" + name + "\" with (force)");
        }
        created.clear();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String checkedName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a database name is lower-case letters, digits and underscores: " + name);
        }
        return name;
    }

    /** The same URL with another database: jdbc:postgresql://host:port/{database}?params. */
    static String withDatabase(String url, String database) {
        var m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host/database URL: " + url);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    static void execute(String url, String user, String password, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }
}
