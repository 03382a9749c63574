package jaga.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Settings an adult chooses (for example the adult-area PIN hash, or text size), as key and text value. */
public final class SettingsRepository {
    /** Key, value, updated at; a setting already chosen here stays. */
    static final String ADD_IF_ABSENT = "INSERT INTO adult_setting (key, value, updated_at) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private final Sql sql;
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public Optional<String> get(String key) {
        return sql.query("read the setting", "SELECT value FROM adult_setting WHERE key = ?", row -> row.getString(1), key)
                .stream().findFirst();
    }

    public void put(String key, String value) {
        sql.update("save the setting",
                "INSERT INTO adult_setting (key, value, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                key, value, database.now());
    }

    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        sql.query("read the settings", "SELECT key, value FROM adult_setting ORDER BY key",
                row -> all.put(row.getString(1), row.getString(2)));
        return all;
    }
}
