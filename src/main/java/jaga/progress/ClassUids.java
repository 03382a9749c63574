package jaga.progress;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.sqlite.Function;

/**
 * A class's uid comes from its name when it is created (case and surrounding spaces ignored), so
 * that the same class list imported on two lab computers makes one class on the school hub, not
 * two. Registered on every connection as the SQL function {@code jaga_class_uid(name)}, which the
 * migration and the insert trigger call.
 */
public final class ClassUids {
    private ClassUids() {}

    public static String forName(String name) {
        String key = "jaga-class:" + name.strip().toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "jaga_class_uid", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String name = value_text(0);
                if (name == null) {
                    result();
                } else {
                    result(forName(name));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
