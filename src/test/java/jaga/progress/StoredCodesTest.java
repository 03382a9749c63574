package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
    void aLearnerWithAnUnknownBandReadsAsSevenToNineAndLocksNobodyOutAndAnUnknownLanguageReadsAsEnglish() throws Exception {
        Learner aina = learners.create("Aina", "owl", Band.AGES_7_9, Language.MS);
        Learner ben = learners.create("Ben", "cat", Band.AGES_13_17, Language.EN);
        try (Statement statement = database.connection().createStatement()) {
            statement.executeUpdate("UPDATE learner SET band = 'ages 7', locale = 'fr' WHERE id = " + aina.id());
            statement.executeUpdate("UPDATE learner SET band = 'adults' WHERE id = " + ben.id());
        }

        // Every learner is still listed: one damaged row must not empty "Who is learning?".
        assertThat(learners.active()).extracting(Learner::band).containsExactly(Band.AGES_7_9, Band.AGES_7_9);
        assertThat(learners.active()).first().extracting(Learner::language).isEqualTo(Language.EN);
        assertThat(stored("band", aina.id())).as("the file is left as it was until an adult saves").isEqualTo("ages 7");
    }

    @Test
    void anUnknownBandIsToldInTheLogOnceAndNotOnEveryRead() throws Exception {
        Learner aina = learners.create("Aina", "owl", Band.AGES_7_9, Language.MS);
        learners.create("Ben", "cat", Band.AGES_13_17, Language.EN);
        try (Statement statement = database.connection().createStatement()) {
            statement.executeUpdate("UPDATE learner SET band = 'ages 7' WHERE id = " + aina.id());
        }
        List<String> told = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                told.add(record.getMessage());
            }

            @Override
            public void flush() { }

            @Override
            public void close() { }
        };
        Logger log = Logger.getLogger(LearnerRepository.class.getName());
        log.addHandler(recorder);
        try {
            learners.active(); // the list shown, then refreshed, and read again by a new repository
            learners.profiles();
            new LearnerRepository(database).active();
            learners.find(aina.id());
        } finally {
            log.removeHandler(recorder);
        }

        assertThat(told).filteredOn(line -> line.contains("unknown age band"))
                .singleElement().asString().contains("Learner number " + aina.id(), "\"ages 7\"");
    }

    private String stored(String column, long id) throws Exception {
        try (Statement statement = database.connection().createStatement();
             var row = statement.executeQuery("SELECT " + column + " FROM learner WHERE id = " + id)) {
            row.next();
            return row.getString(1);
        }
    }
}
