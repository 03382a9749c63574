package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
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

    private static Learner learner(long id, Band band) {
        return new Learner(id, "Aina", "cat", band, Language.MS);
    }

    @Test
    void onForTheYoungestBandAndOffForOlderChildrenUntilAnAdultChooses() {
        assertThat(settings.autoRead(learner(1, Band.AGES_7_9))).isTrue();
        assertThat(settings.autoRead(learner(2, Band.AGES_10_12))).isFalse();
        assertThat(settings.autoRead(learner(3, Band.AGES_13_17))).isFalse();
    }

    @Test
    void theChoiceIsRememberedPerLearner() {
        settings.setAutoRead(learner(1, Band.AGES_7_9), false);
        settings.setAutoRead(learner(2, Band.AGES_13_17), true);

        assertThat(settings.autoRead(learner(1, Band.AGES_7_9))).isFalse();
        assertThat(settings.autoRead(learner(2, Band.AGES_13_17))).isTrue();
        assertThat(settings.autoRead(learner(3, Band.AGES_7_9))).isTrue();
        assertThat(saved).containsEntry("1.autoRead", "false").containsEntry("2.autoRead", "true");
    }
}
