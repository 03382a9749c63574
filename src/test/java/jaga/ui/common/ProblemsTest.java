package jaga.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Explained;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person reads about a failure: the explained problem in their language, or one general sentence. */
class ProblemsTest {
    /** An explained problem whose words are {@code problem.<key>} in the bundles. */
    private static final class Told extends RuntimeException implements Explained {
        private final String key;

        Told(String key) {
            super("C:\\Users\\guru\\AppData\\Jaga\\progress.db is locked (English, for the log)");
            this.key = key;
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public List<String> messageArguments() {
            return List.of();
        }
    }

    private static I18n in(String language) {
        I18n i18n = new I18n();
        i18n.setLanguage(language);
        return i18n;
    }

    @Test
    void aMalayReaderReadsMalayAndNeverTheEnglishMessageOrAPath() {
        I18n malay = in("ms");
        RuntimeException fault = new IllegalStateException("could not write C:\\Users\\guru\\AppData\\Jaga\\progress.db");

        String text = Problems.text(fault, malay);

        assertThat(text).isEqualTo(malay.get(Problems.GENERAL)).contains("Ada masalah")
                .doesNotContain("progress.db", "could not", "C:\\");
        assertThat(Problems.text(fault, in("en"))).startsWith("Something went wrong");
    }

    @Test
    void anExplainedProblemIsToldByItsKeyEvenWhenWrappedInAnother() {
        Told told = new Told("general");
        UncheckedIOException wrapped = new UncheckedIOException("wrapped", new java.io.IOException(told));

        assertThat(Problems.text(wrapped, in("ms"))).isEqualTo(in("ms").get("problem.general"));
        assertThat(Problems.explanation(wrapped, in("en"))).contains(in("en").get("problem.general"));
    }

    @Test
    void anExplainedProblemWithNoWordsYetFallsBackToTheGeneralSentence() {
        Told told = new Told("noSuchProblemKey");

        assertThat(Problems.explanation(told, in("ms"))).isEmpty();
        assertThat(Problems.text(told, in("ms"))).isEqualTo(in("ms").get(Problems.GENERAL)).doesNotContain("progress.db");
    }

    @Test
    void theShownTextFollowsTheLanguage() {
        I18n i18n = in("en");
        var problem = new javafx.beans.property.SimpleObjectProperty<Throwable>();
        var text = Problems.text(problem, i18n);
        assertThat(text.get()).isEmpty();
        problem.set(new IllegalStateException("x"));
        assertThat(text.get()).startsWith("Something went wrong");
        i18n.setLanguage("ms");
        assertThat(text.get()).startsWith("Ada masalah");
    }
}
