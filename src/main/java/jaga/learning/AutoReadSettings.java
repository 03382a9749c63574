package jaga.learning;

import jaga.model.Band;
import jaga.model.Learner;
import jaga.progress.LearnerSettingsRepository;
import java.util.Optional;

/**
 * Per learner: read the first text of each step aloud when it opens. On by default for the
 * youngest band (7-9), off for older children, until an adult chooses otherwise. Kept with the
 * learner's own settings (key {@code autoRead}), so it moves with them to the school hub.
 * Database work: call it off the JavaFX thread.
 */
public final class AutoReadSettings {
    public static final Band YOUNGEST_BAND = Band.AGES_7_9;

    /** Reads and saves the setting; tests use an in-memory one. */
    public interface Store {
        Optional<String> get(long learnerId, String key);

        void put(long learnerId, String key, String value);
    }

    static final String KEY = "autoRead";

    private final Store store;

    public AutoReadSettings(Store store) {
        this.store = store;
    }

    public static AutoReadSettings in(LearnerSettingsRepository settings) {
        return new AutoReadSettings(new Store() {
            @Override
            public Optional<String> get(long learnerId, String key) {
                return settings.get(learnerId, key);
            }

            @Override
            public void put(long learnerId, String key, String value) {
                settings.put(learnerId, key, value);
            }
        });
    }

    public static boolean defaultFor(Learner learner) {
        return learner.band() == YOUNGEST_BAND;
    }

    public boolean autoRead(Learner learner) {
        return store.get(learner.id(), KEY).map(Boolean::parseBoolean).orElse(defaultFor(learner));
    }

    public void setAutoRead(Learner learner, boolean on) {
        store.put(learner.id(), KEY, Boolean.toString(on));
    }
}
