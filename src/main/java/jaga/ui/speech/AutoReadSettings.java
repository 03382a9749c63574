package jaga.ui.speech;

import jaga.progress.Learner;
import jaga.progress.SettingsRepository;
import java.util.Optional;

/**
 * Per learner: read the first text of each step aloud when it opens. On by default for the
 * youngest band (7-9), off for older children, until an adult chooses otherwise. Kept with the
 * adult settings in the database (key {@code learner.<id>.autoRead}), so it moves with an export.
 * Database work: call it off the JavaFX thread.
 */
public final class AutoReadSettings {
    public static final String YOUNGEST_BAND = "7-9";

    /** Reads and saves the setting; tests use an in-memory one. */
    public interface Store {
        Optional<String> get(String key);

        void put(String key, String value);
    }

    private final Store store;

    public AutoReadSettings(Store store) {
        this.store = store;
    }

    public static AutoReadSettings in(SettingsRepository settings) {
        return new AutoReadSettings(new Store() {
            @Override
            public Optional<String> get(String key) {
                return settings.get(key);
            }

            @Override
            public void put(String key, String value) {
                settings.put(key, value);
            }
        });
    }

    static String key(Learner learner) {
        return "learner." + learner.id() + ".autoRead";
    }

    public static boolean defaultFor(Learner learner) {
        return YOUNGEST_BAND.equals(learner.band());
    }

    public boolean autoRead(Learner learner) {
        return store.get(key(learner)).map(Boolean::parseBoolean).orElse(defaultFor(learner));
    }

    public void setAutoRead(Learner learner, boolean on) {
        store.put(key(learner), Boolean.toString(on));
    }
}
