package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a roster into a real progress file: all or nothing, unless the adult skips the bad rows. */
class RosterImportTest {
    static final Path ROSTER = Path.of("src/test/resources/jaga/roster/class-roster-30.csv");

    @TempDir
    Path temp;

    private Database database;
    private LearnerRepository learners;
    private ClassRepository classes;
    private RosterImport roster;

    @BeforeEach
    void setUp() {
        database = Database.open(DataDirectory.prepare(temp), Clock.systemUTC());
        learners = new LearnerRepository(database);
        classes = new ClassRepository(database);
        roster = new RosterImport(learners, classes);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void withBadRowsAndNoSkippingNothingIsImported() {
        RosterImport.Preview preview = roster.preview(ROSTER);
        assertThat(preview.rows()).hasSize(28);
        assertThat(preview.classNames()).containsExactly("5 Bestari", "Kelab Komputer");

        assertThatThrownBy(() -> roster.apply(preview, false, Language.EN)).isInstanceOf(RosterImport.HasProblems.class)
                .hasMessage("2 rows have problems; nothing was imported.")
                .satisfies(e -> assertThat(((RosterImport.HasProblems) e).problems()).extracting(Roster.Problem::line)
                        .containsExactly(12, 21));
        assertThat(learners.profiles()).isEmpty();
        assertThat(classes.classes()).isEmpty();
    }

    @Test
    void skippingTheBadRowsImportsTheOthersIntoTheirClassesCreatedOnTheWay() {
        RosterImport.Result result = roster.apply(roster.preview(ROSTER), true, Language.MS);

        assertThat(result.summary()).isEqualTo("Imported 28 learners into 2 classes; skipped 2 rows");
        assertThat(result.classesCreated()).isEqualTo(2);
        List<LearnerProfile> everyone = learners.profiles();
        assertThat(everyone).hasSize(28).allMatch(p -> p.language() == Language.MS);
        assertThat(everyone.get(0).avatar()).isNotEqualTo(everyone.get(1).avatar());
        ClassRepository.SchoolClass bestari = classes.named("5 Bestari").orElseThrow();
        assertThat(classes.members(bestari.id())).hasSize(14);
        assertThat(classes.members(classes.named("Kelab Komputer").orElseThrow().id())).hasSize(14);
        assertThat(everyone).filteredOn(p -> p.displayName().equals("Tan, Mei Ling")).singleElement()
                .extracting(LearnerProfile::band).isEqualTo(Band.AGES_10_12);
    }

    @Test
    void aSecondImportOfTheSameRosterFindsEveryoneAlreadyInTheirClass() {
        roster.apply(roster.preview(ROSTER), true, Language.EN);

        RosterImport.Preview again = roster.preview(ROSTER);

        assertThat(again.rows()).isEmpty();
        assertThat(again.problems()).hasSize(30);
        assertThat(again.problems()).filteredOn(p -> p.kind() == Roster.Kind.ALREADY_IN_CLASS).hasSize(28)
                .first().extracting(Roster.Problem::format).isEqualTo("line 2 (Aina Sofea): \"Aina Sofea\" is already in 5 Bestari; delete this line, or if this"
                        + " is another child of the same name, add something to tell them apart (such as an initial)");
        assertThat(learners.profiles()).hasSize(28);
    }

    @Test
    void anExistingClassIsFilledWhateverTheCaseOfItsNameAndNobodyIsAddedTwice() {
        long classId = classes.create("5 Bestari").id();
        long aina = learners.create("Aina", "owl", Band.AGES_10_12, Language.EN).id();
        classes.addMember(classId, aina);
        learners.create("Siti", "cat", Band.AGES_10_12, Language.EN);

        RosterImport.Preview preview = roster.preview(("name,band,class\nAINA,10-12,5 bestari\nDanial,10-12,5 BESTARI\n"
                + "Aina,10-12,\nsiti,7-9,\n").getBytes(StandardCharsets.UTF_8));

        assertThat(preview.problems()).extracting(Roster.Problem::format).containsExactly(
                "line 2 (AINA): \"AINA\" is already in 5 bestari; delete this line, or if this is another child of"
                        + " the same name, add something to tell them apart (such as an initial)",
                "line 5 (siti): there is already a learner called \"siti\" in no class; delete this line, give the"
                        + " row a class, or add something to the name to tell them apart");
        RosterImport.Result result = roster.apply(preview, true, Language.EN);
        assertThat(result.summary()).isEqualTo("Imported 2 learners into 1 class; skipped 2 rows");
        assertThat(classes.classes()).hasSize(1);
        assertThat(classes.members(classId)).hasSize(2);
    }

    @Test
    void aFileThatIsNotARosterIsRefusedWithoutTouchingAnything() {
        assertThatThrownBy(() -> roster.preview(temp.resolve("missing.csv"))).isInstanceOf(Roster.Refused.class)
                .hasMessageContaining("there is no such file");
        assertThat(learners.profiles()).isEmpty();
    }

    @Test
    void aLearnerAlreadyHereIsFoundUnderAnInvisiblyDifferentSpelling() {
        long aina = learners.create("Aina", "owl", Band.AGES_10_12, Language.EN).id();
        classes.addMember(classes.create("5 Bestari").id(), aina);

        RosterImport.Preview preview = roster.preview("name,band,class\nA\u200Bina\u202C,10-12,5 Bestari\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).extracting(Roster.Problem::kind).containsExactly(Roster.Kind.ALREADY_IN_CLASS);
    }
}
