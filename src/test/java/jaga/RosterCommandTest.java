package jaga;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jaga import-roster} as IT staff or a teacher runs it on a classroom's data folder. */
class RosterCommandTest {
    private static final Path ROSTER = Path.of("src/test/resources/jaga/roster/class-roster-30.csv");

    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;

    private int jaga(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandRuns.onData(temp.resolve("data"), out, err, args);
    }

    private int learnerCount() {
        try (Database database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC())) {
            return new LearnerRepository(database).profiles().size();
        }
    }

    @Test
    void withBadRowsItImportsNothingExitsOneAndListsEachBadLine() {
        assertThat(jaga("import-roster", ROSTER.toString())).isEqualTo(1);

        assertThat(err.toString().lines().toList()).containsExactly(
                "line 12: the name is empty; type the learner's name, or delete the line",
                "line 21 (Ong Jia Hui): \"Secondary\" is not a band, age or school year Jaga knows; write 7-9, 10-12 or 13-17,"
                        + " the child's age (7 to 17) or the school year (Tahun 1-6, Tingkatan 1-5)",
                "Nothing was imported: fix the rows above, or run again with --skip-invalid to import the other 28 rows.");
        assertThat(out.toString()).isEmpty();
        assertThat(learnerCount()).isZero();
    }

    @Test
    void withSkipInvalidItImportsTheGoodRowsAndStillListsTheSkippedOnes() {
        assertThat(jaga("import-roster", ROSTER.toString(), "--skip-invalid")).isZero();

        assertThat(out.toString().strip()).isEqualTo("Imported 28 learners into 2 classes; skipped 2 rows.");
        assertThat(err.toString().lines().toList()).containsExactly("line 12: the name is empty; type the learner's name, or delete the line",
                "line 21 (Ong Jia Hui): \"Secondary\" is not a band, age or school year Jaga knows; write 7-9, 10-12 or 13-17,"
                        + " the child's age (7 to 17) or the school year (Tahun 1-6, Tingkatan 1-5)");
        try (Database database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC())) {
            assertThat(new LearnerRepository(database).profiles()).hasSize(28);
            assertThat(new ClassRepository(database).classes()).extracting(ClassRepository.SchoolClass::name)
                    .containsExactly("5 Bestari", "Kelab Komputer");
        }
    }

    @Test
    void aCleanRosterImportsWithExitZeroInTheLanguageAsked() throws Exception {
        Path clean = Files.writeString(temp.resolve("clean.csv"), "name,band\nAina,7-9\nDanial,13-17\n");

        assertThat(jaga("import-roster", clean.toString(), "--language", "ms")).isZero();

        assertThat(out.toString().strip()).isEqualTo("Imported 2 learners.");
        assertThat(err.toString()).isEmpty();
        assertThat(jaga("learners")).isZero();
        assertThat(out.toString()).contains("Aina\t7-9\tms").contains("Danial\t13-17\tms");
    }

    @Test
    void aFileThatIsNotARosterExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Path wrong = Files.writeString(temp.resolve("wrong.csv"), "Bil,Nama,Kelas\n1,Aina,5A\n");

        assertThat(jaga("import-roster", wrong.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith(wrong + ": The first line must name the columns: the learner's name (Name or Nama)")
                .contains("It has no band, age or school year column")
                .endsWith("Nothing was imported.").doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(jaga("import-roster", temp.resolve("nowhere.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("there is no such file").doesNotContain("Exception");
        assertThat(jaga("import-roster", wrong.toString(), "--language", "fr")).isEqualTo(2);
        assertThat(learnerCount()).isZero();
    }
}
