package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import jaga.model.Learner;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names reach the progress file cleaned ({@link Names}), whichever way they come in. */
class StoredNamesTest {

    @TempDir
    Path folder;

    private Database database;
    private LearnerRepository learners;
    private ClassRepository classes;

    @BeforeEach
    void open() {
        database = Database.open(DataDirectory.prepare(folder), Clock.systemUTC());
        learners = new LearnerRepository(database);
        classes = new ClassRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aLearnerAddedOrEditedIsStoredCleanedAndFoundByAnyLookAlikeSpelling() {
        Learner aina = learners.create("\u202EA\u200Bi\u00ADna\u202C ", "owl", Band.AGES_10_12, Language.MS);
        assertThat(aina.displayName()).isEqualTo("Aina");
        assertThat(learners.named("Ai\u200Dna")).extracting(LearnerRepository.LearnerProfile::displayName)
                .containsExactly("Aina");

        learners.update(aina.id(), "Aina\u00A0\u00A0Sofea\u2069", "owl", Band.AGES_10_12, Language.MS);
        assertThat(learners.find(aina.id()).orElseThrow().displayName()).isEqualTo("Aina Sofea");

        assertThatThrownBy(() -> learners.create("\u200B\u200E", "owl", Band.AGES_10_12, Language.MS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> learners.create("A".repeat(Names.MAX_LENGTH + 1), "owl", Band.AGES_10_12, Language.MS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 60");
    }

    @Test
    void aClassNameThatOnlyLooksDifferentIsTaken() {
        ClassRepository.SchoolClass bestari = classes.create("5\u00A0Bestari\u200B");
        assertThat(bestari.name()).isEqualTo("5 Bestari");
        assertThat(classes.named("\u20665 bestari\u2069")).contains(bestari);
        assertThatThrownBy(() -> classes.create("5 Bes\u200Ctari")).isInstanceOf(ProgressException.class)
                .hasMessageContaining("already a class");
    }
}
