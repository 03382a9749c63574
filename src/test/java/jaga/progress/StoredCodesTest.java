package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress file keeps a learner's band and language as codes; the repository hands out Band and Language. */
class StoredCodesTest {

    @TempDir
    Path folder;

    private Database database;
    private LearnerRepository learners;

    @BeforeEach
    void open() {
        database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC());
        learners = new LearnerRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theCodesAreStoredAndReadBackAsBandAndLanguage() throws Exception {
        Learner aina = learners.create("Aina", "owl", Band.AGES_7_9, Language.MS);
        learners.update(aina.id(), "Aina", "owl", Band.AGES_13_17, Language.MS);
        learners.setLanguage(aina.id(), Language.EN);

        assertThat(stored("band", aina.id())).isEqualTo("13-17");
        assertThat(stored("locale", aina.id())).isEqualTo("en");
        assertThat(learners.find(aina.id())).contains(new Learner(aina.id(), "Aina", "owl", Band.AGES_13_17, Language.EN));
        assertThat(learners.profiles()).singleElement().satisfies(p -> {
            assertThat(p.band()).isEqualTo(Band.AGES_13_17);
            assertThat(p.language()).isEqualTo(Language.EN);
        });
    }

    @Test
    void aDamagedBandIsReportedWithTheLearnersNumberAndAnUnknownLanguageReadsAsEnglish() throws Exception {
        Learner aina = learners.create("Aina", "owl", Band.AGES_7_9, Language.MS);
        try (Statement statement = database.connection().createStatement()) {
            statement.executeUpdate("UPDATE learner SET band = 'ages 7', locale = 'fr' WHERE id = " + aina.id());
        }

        assertThatThrownBy(() -> learners.active()).isInstanceOf(ProgressException.class)
                .hasMessageContaining("Learner number " + aina.id() + " has an unknown age band \"ages 7\"");
        try (Statement statement = database.connection().createStatement()) {
            statement.executeUpdate("UPDATE learner SET band = '10-12' WHERE id = " + aina.id());
        }
        assertThat(learners.active()).singleElement().extracting(Learner::language).isEqualTo(Language.EN);
    }

    private String stored(String column, long id) throws Exception {
        try (Statement statement = database.connection().createStatement();
             var row = statement.executeQuery("SELECT " + column + " FROM learner WHERE id = " + id)) {
            row.next();
            return row.getString(1);
        }
    }
}
