package jaga.progress.hub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where the school hub is and how to log in. Every connection has a connect, login and socket
 * timeout: pgJDBC's default socket timeout is none, so a frozen hub would hang a push forever.
 */
public record HubAddress(String url, String user, String password) {
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://[^/?#\\s]+(/[^?#\\s]*)?(\\?\\S*)?");

    /** How long a push or pull may wait on the hub before it is given up and tried again later. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public HubAddress {
        if (url == null || !POSTGRES_URL.matcher(url.strip()).matches()) {
            throw new HubException.BadAddress("\"" + url + "\" is not a hub address. It looks like"
                    + " jdbc:postgresql://lab-server:5432/jaga (the computer, its port and the database).");
        }
        url = url.strip();
        if (user == null || user.isBlank()) {
            throw new HubException.BadAddress("The hub needs a user name (the PC role the technician made, such as jaga_lab).");
        }
        password = password == null ? "" : password;
    }

    /** Opens a connection, waiting at most {@code timeout} to connect, to log in, and for any one answer. */
    public Connection connect(Duration timeout) throws SQLException {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", Integer.toString(seconds));
        properties.setProperty("loginTimeout", Integer.toString(seconds));
        properties.setProperty("socketTimeout", Integer.toString(seconds));
        properties.setProperty("tcpKeepAlive", "true");
        // The same limit on the hub's side: if this computer stops mid-push (a laptop's lid closed, a
        // hung process), the hub ends its transaction instead of holding its row locks, and with them
        // every other computer's push of the same rows, until TCP gives up on this one hours later.
        properties.setProperty("options", "-c idle_in_transaction_session_timeout=" + seconds * 1000);
        properties.setProperty("ApplicationName", "Jaga");
        // TLS when the server offers it; a URL may ask for more (sslmode=verify-full).
        if (!url.contains("sslmode=")) {
            properties.setProperty("sslmode", "prefer");
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Never shows the password, so an address can be logged or printed. */
    @Override
    public String toString() {
        return url + " as " + user;
    }
}
