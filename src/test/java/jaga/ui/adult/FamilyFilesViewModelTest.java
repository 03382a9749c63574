package jaga.ui.adult;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.progress.DataTransfer;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import jaga.progress.QuizRepository;
import jaga.ui.common.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Move work between PCs" page's model on real SQLite files: three PCs save their work to a
 * USB stick, and the teacher's PC adds the whole folder, with the files that cannot be used named
 * with their reason.
 */
class FamilyFilesViewModelTest {
    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void aFolderOfThreePcsIsAddedWithOneLinePerFileAndTheBadFilesNamed() throws Exception {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        savedOnPc("PC01", usb, 3, 2);
        savedOnPc("PC02", usb, 2, 1);
        savedOnPc("PC03", usb, 4, 0);
        Files.writeString(usb.resolve("PC04.jaga-progress"), "{\"format\":\"jaga-progress\",\"formatVersion\":2,\"lea");
        Files.writeString(usb.resolve("PC05.jaga-progress"),
                "{\"format\":\"jaga-progress\",\"formatVersion\":7,\"learners\":[]}");
        Files.writeString(usb.resolve("timetable.json"), "{\"monday\": [\"BM\", \"Sains\"]}");
        Files.writeString(usb.resolve("readme.txt"), "Kumpul semua fail di sini");

        try (Database teacher = open("teacher")) {
            FamilyFilesViewModel page = page(teacher, Background.direct());
            page.addFolder(usb);

            assertThat(page.busyProperty().get()).isFalse();
            assertThat(lines(page)).containsExactly(
                    "adult.files.fileAdded [PC01, 3, 3, 6]",
                    "adult.files.fileAdded [PC02, 2, 2, 2]",
                    "adult.files.fileAdded [PC03, 4, 4, 0]",
                    "adult.files.damaged [PC04.jaga-progress] problem",
                    "adult.files.newer [PC05.jaga-progress] problem",
                    "adult.files.notAnExport [timetable.json] problem",
                    "adult.files.others [1]");
            assertThat(text(page.summaryProperty().get())).isEqualTo("adult.files.added [3, 9, 8, 3]");
            assertThat(count(teacher, "SELECT COUNT(*) FROM learner")).isEqualTo(9);
            assertThat(count(teacher, "SELECT COUNT(*) FROM quiz_attempt")).isEqualTo(8);

            // The same folder again adds nothing, and says so for each file.
            page.addFolder(usb);

            assertThat(lines(page)).startsWith(
                    "adult.files.fileNothingNew [PC01, 3]",
                    "adult.files.fileNothingNew [PC02, 2]",
                    "adult.files.fileNothingNew [PC03, 4]");
            assertThat(text(page.summaryProperty().get())).isEqualTo("adult.files.added [3, 0, 0, 3]");
            assertThat(count(teacher, "SELECT COUNT(*) FROM learner")).isEqualTo(9);
            assertThat(count(teacher, "SELECT COUNT(*) FROM quiz_attempt")).isEqualTo(8);
            assertThat(count(teacher, "SELECT COUNT(*) FROM quiz_answer")).isEqualTo(16);
        }
    }

    @Test
    void theSaveDialogSuggestsThisPcsNameAndTheDate() {
        try (Database pc = open("pc")) {
            assertThat(page(pc, Background.direct()).suggestedName()).isEqualTo("PC07-2026-11-23.jaga-progress");
            assertThat(new FamilyFilesViewModel(new DataTransfer(pc), Background.direct(), clock, "Bilik Komputer 2/B")
                    .suggestedName()).isEqualTo("Bilik-Komputer-2-B-2026-11-23.jaga-progress");
            assertThat(new FamilyFilesViewModel(new DataTransfer(pc), Background.direct(), clock, null).suggestedName())
                    .isEqualTo("jaga-2026-11-23.jaga-progress");
        }
    }

    @Test
    void savingTellsHowManyLearnersAndAttemptsWentIntoTheFile() throws Exception {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        Path file = savedOnPc("PC01", usb, 2, 1);
        assertThat(file).exists();
        try (Database pc = open("PC01")) {
            FamilyFilesViewModel page = page(pc, Background.direct());
            page.save(file); // the adult chose to replace last week's file in the dialog
            assertThat(text(page.summaryProperty().get())).isEqualTo("adult.files.saved [PC01.jaga-progress, 2, 2]");
        }
    }

    @Test
    void cancellingKeepsTheFilesAlreadyAddedAndNothingOfTheFileBeingAdded() throws Exception {
        Path usb = Files.createDirectories(folder.resolve("usb"));
        List<Path> files = List.of(savedOnPc("PC01", usb, 2, 1), savedOnPc("PC02", usb, 3, 1), savedOnPc("PC03", usb, 1, 1));
        try (Database teacher = open("teacher")) {
            FamilyFilesViewModel[] page = new FamilyFilesViewModel[1];
            // The adult presses Cancel while the second file is being added.
            Background pressesCancelDuringTheSecondFile = new Background() {
                int runs;

                @Override
                public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                    if (++runs == 2) {
                        page[0].cancel();
                    }
                    Background.direct().run(work, onSuccess, onFailure);
                }
            };
            page[0] = page(teacher, pressesCancelDuringTheSecondFile);

            page[0].add(files);

            assertThat(text(page[0].summaryProperty().get())).isEqualTo("adult.files.cancelled [1, PC02] problem");
            assertThat(lines(page[0])).containsExactly("adult.files.fileAdded [PC01, 2, 2, 2]");
            assertThat(count(teacher, "SELECT COUNT(*) FROM learner")).isEqualTo(2);
            assertThat(page[0].busyProperty().get()).isFalse();
        }
    }

    /** A PC with {@code learners} children, each with {@code attempts} finished quiz attempts, saved to the stick. */
    private Path savedOnPc(String name, Path usb, int learners, int attempts) {
        try (Database pc = open(name)) {
            LearnerRepository repository = new LearnerRepository(pc);
            QuizRepository quizzes = new QuizRepository(pc);
            for (int i = 1; i <= learners; i++) {
                long learner = repository.create(name + " murid " + i, "owl", Band.AGES_10_12, Language.MS).id();
                for (int a = 0; a < attempts; a++) {
                    long attempt = quizzes.startAttempt(learner, "scams-10-12", 1);
                    quizzes.recordAnswer(attempt, "q1", "b", 1.0, 4_000L);
                    quizzes.recordAnswer(attempt, "q2", "a", 0.0, 3_000L);
                    quizzes.finishAttempt(attempt, 50, false);
                }
            }
            Path file = usb.resolve(name + ".jaga-progress");
            FamilyFilesViewModel page = page(pc, Background.direct());
            page.save(file);
            assertThat(page.summaryProperty().get().problem()).isFalse();
            return file;
        }
    }

    private FamilyFilesViewModel page(Database database, Background background) {
        return new FamilyFilesViewModel(new DataTransfer(database), background, clock, "PC07");
    }

    private Database open(String name) {
        return Database.open(DataDirectory.prepare(folder.resolve("data-" + name)), clock);
    }

    private static List<String> lines(FamilyFilesViewModel page) {
        return page.files().stream().map(FamilyFilesViewModelTest::text).toList();
    }

    private static String text(Notice notice) {
        return notice.key() + " " + notice.arguments() + (notice.problem() ? " problem" : "");
    }

    private static int count(Database database, String sql) throws Exception {
        try (java.sql.Connection reader = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database.file());
             Statement statement = reader.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.getInt(1);
        }
    }
}
