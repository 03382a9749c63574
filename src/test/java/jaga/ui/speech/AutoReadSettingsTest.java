package jaga.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.progress.Learner;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoReadSettingsTest {
    private final Map<String, String> saved = new HashMap<>();
    private final AutoReadSettings settings = new AutoReadSettings(new AutoReadSettings.Store() {
        @Override
        public Optional<String> get(long learnerId, String key) {
            return Optional.ofNullable(saved.get(learnerId + "." + key));
        }

        @Override
        public void put(long learnerId, String key, String value) {
            saved.put(learnerId + "." + key, value);
        }
    });

    private static Learner learner(long id, String band) {
        return new Learner(id, "Aina", "cat", band, "ms");
    }

    @Test
    void onForTheYoungestBandAndOffForOlderChildrenUntilAnAdultChooses() {
        assertThat(settings.autoRead(learner(1, "7-9"))).isTrue();
        assertThat(settings.autoRead(learner(2, "10-12"))).isFalse();
        assertThat(settings.autoRead(learner(3, "13-17"))).isFalse();
    }

    @Test
    void theChoiceIsRememberedPerLearner() {
        settings.setAutoRead(learner(1, "7-9"), false);
        settings.setAutoRead(learner(2, "13-17"), true);

        assertThat(settings.autoRead(learner(1, "7-9"))).isFalse();
        assertThat(settings.autoRead(learner(2, "13-17"))).isTrue();
        assertThat(settings.autoRead(learner(3, "7-9"))).isTrue();
        assertThat(saved).containsEntry("1.autoRead", "false").containsEntry("2.autoRead", "true");
    }
}
