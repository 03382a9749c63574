package jaga.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jaga.model.Band;
import jaga.model.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's own settings belong to that child, on real progress files: a child added after a
 * deletion does not inherit the deleted child's choices (SQLite gives the new learner the freed row
 * id), and moving learners to another computer by file puts each setting on the same child by uid,
 * whatever row ids they get there. Before progress file version 4 the setting was the adult
 * setting {@code learner.<row id>.autoRead}, and both of these failed (see the issue 20 report).
 * A practice step's work travels in a file among the settings ({@code work.<module>.<step>}) but is
 * kept in its own table (version 5).
 */
class LearnerSettingsTest {
    private static final String AUTO_READ = "autoRead";

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNewChildDoesNotInheritADeletedChildsAutoRead() {
        try (Database database = Database.open(DataDirectory.prepare(folder.resolve("pc")), clock)) {
            LearnerRepository learners = new LearnerRepository(database);
            LearnerSettingsRepository settings = new LearnerSettingsRepository(database);
            long aina = learners.create("Aina", "owl", Band.AGES_13_17, Language.MS).id();
            settings.put(aina, AUTO_READ, "true");

            learners.delete(aina);
            long ben = learners.create("Ben", "cat", Band.AGES_13_17, Language.EN).id();

            assertThat(ben).as("SQLite gives the new learner the deleted one's row id").isEqualTo(aina);
            assertThat(settings.get(ben, AUTO_READ)).as("Ben's read-aloud choice").isEmpty();
            assertThat(settings.all(ben)).isEmpty();
        }
    }

    @Test
    void exportAndImportPutBensSettingOnBenNotOnChitra() {
        Path file = folder.resolve("pc01.jaga-progress");
        String benUid;
        long benHere;
        try (Database pc01 = Database.open(DataDirectory.prepare(folder.resolve("pc01")), clock)) {
            LearnerRepository learners = new LearnerRepository(pc01);
            long chitra = learners.create("Chitra", "owl", Band.AGES_10_12, Language.EN).id();
            benHere = learners.create("Ben", "cat", Band.AGES_10_12, Language.EN).id();
            new LearnerSettingsRepository(pc01).put(benHere, AUTO_READ, "true");
            new StepWorkRepository(pc01).save(benHere, "scams-10-12", "chat-1", "1|1|0|0|reply-a");
            benUid = learners.find(benHere).map(l -> uidOf(learners, l.id())).orElseThrow();
            assertThat(chitra).isLessThan(benHere);
            DataTransfer.write(new DataTransfer(pc01).exportEverything(), file);
        }

        try (Database pc02 = Database.open(DataDirectory.prepare(folder.resolve("pc02")), clock)) {
            LearnerRepository learners = new LearnerRepository(pc02);
            learners.create("Dewi", "fox", Band.AGES_7_9, Language.MS); // takes row 1 here, so Chitra gets Ben's old row id
            new DataTransfer(pc02).importData(DataTransfer.read(file));

            long chitra = learners.named("Chitra").get(0).id();
            long ben = learners.named("Ben").get(0).id();
            assertThat(chitra).as("Chitra has Ben's row id of the other computer").isEqualTo(benHere);
            assertThat(learners.named("Ben").get(0).uid()).isEqualTo(benUid);
            LearnerSettingsRepository settings = new LearnerSettingsRepository(pc02);
            assertThat(settings.all(ben)).containsExactlyInAnyOrderEntriesOf(Map.of(AUTO_READ, "true"));
            StepWorkRepository stepWork = new StepWorkRepository(pc02);
            assertThat(stepWork.forModule(ben, "scams-10-12")).isEqualTo(Map.of("chat-1", "1|1|0|0|reply-a"));
            assertThat(settings.get(chitra, AUTO_READ)).as("Chitra's read-aloud choice").isEqualTo(Optional.empty());
            assertThat(stepWork.forModule(chitra, "scams-10-12")).as("Chitra's practice steps").isEmpty();
            assertThat(new SettingsRepository(pc02).all()).as("nothing per learner among the adult settings")
                    .doesNotContainKeys("learner." + chitra + ".autoRead", "learner." + ben + ".autoRead");
        }
    }

    @Test
    void aLearnerAlreadyHereKeepsTheirOwnSettingsAndTheFileFillsTheGaps() {
        Path file = folder.resolve("ben.jaga-progress");
        try (Database pc01 = Database.open(DataDirectory.prepare(folder.resolve("pc01")), clock)) {
            long ben = new LearnerRepository(pc01).create("Ben", "cat", Band.AGES_10_12, Language.EN).id();
            new LearnerSettingsRepository(pc01).put(ben, AUTO_READ, "false");
            DataTransfer.write(new DataTransfer(pc01).exportLearner(ben), file);
            new LearnerSettingsRepository(pc01).put(ben, AUTO_READ, "true");
            new StepWorkRepository(pc01).save(ben, "scams-10-12", "flags-1", "1|1|0|1|a,b");
            DataTransfer.write(new DataTransfer(pc01).exportLearner(ben), folder.resolve("ben-later.jaga-progress"));

            new DataTransfer(pc01).importData(DataTransfer.read(file));

            assertThat(new LearnerSettingsRepository(pc01).get(ben, AUTO_READ)).contains("true");
        }
        try (Database pc02 = Database.open(DataDirectory.prepare(folder.resolve("pc02")), clock)) {
            DataTransfer transfer = new DataTransfer(pc02);
            transfer.importData(DataTransfer.read(file));
            transfer.importData(DataTransfer.read(folder.resolve("ben-later.jaga-progress")));

            long ben = new LearnerRepository(pc02).named("Ben").get(0).id();
            assertThat(new LearnerSettingsRepository(pc02).all(ben)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    AUTO_READ, "false"));
            assertThat(new StepWorkRepository(pc02).forModule(ben, "scams-10-12")).isEqualTo(Map.of(
                    "flags-1", "1|1|0|1|a,b"));
        }
    }

    @Test
    void stepWorkWithLongIdsTravelsAndAFileWhoseOnlyNewsIsStepWorkSaysSo() {
        String longModule = "m" + "-long".repeat(24);           // 121 characters: a teacher's own module
        String tooLongModule = "m" + "-long".repeat(30);        // 151 characters
        String step = "s" + "-step".repeat(12);                 // 61 characters
        // In a file a step's work is the setting work.<module>.<step>: 188 characters for the first (a field
        // name longer than 100), 218 for the second (longer than any id a file may hold).
        Path first = folder.resolve("first.jaga-progress");
        Path later = folder.resolve("later.jaga-progress");
        try (Database pc01 = Database.open(DataDirectory.prepare(folder.resolve("pc01")), clock)) {
            long ben = new LearnerRepository(pc01).create("Ben", "cat", Band.AGES_10_12, Language.EN).id();
            StepWorkRepository stepWork = new StepWorkRepository(pc01);
            stepWork.save(ben, longModule, step, "1|1|0|0|reply-a");
            stepWork.save(ben, tooLongModule, step, "1|1|0|0|reply-b");
            DataTransfer.write(new DataTransfer(pc01).exportLearner(ben), first);
            stepWork.save(ben, "scams-10-12", "chat-1", "1|1|1|0|reply-c");
            DataTransfer.write(new DataTransfer(pc01).exportLearner(ben), later);
        }

        try (Database pc02 = Database.open(DataDirectory.prepare(folder.resolve("pc02")), clock)) {
            DataTransfer transfer = new DataTransfer(pc02);
            transfer.importData(DataTransfer.read(first));
            long ben = new LearnerRepository(pc02).named("Ben").get(0).id();
            StepWorkRepository stepWork = new StepWorkRepository(pc02);
            assertThat(stepWork.forModule(ben, longModule)).containsOnlyKeys(step);
            assertThat(stepWork.forModule(ben, tooLongModule)).isEmpty();
            assertThat(new LearnerSettingsRepository(pc02).all(ben)).isEmpty();

            DataTransfer.ImportSummary news = transfer.importData(DataTransfer.read(later));

            assertThat(news.recordsAdded()).as("the later file's only news: one practice step's work").isEqualTo(1);
            assertThat(stepWork.forModule(ben, "scams-10-12")).containsOnlyKeys("chat-1");
        }
    }

    /** A file written before progress file version 5 (format 3 is unchanged): its step work lands in the step work table. */
    @Test
    void aFormat3FileFromBeforeVersion5PutsItsStepWorkInItsTableAndItsReadAloudInTheSettings() throws Exception {
        Path file = java.nio.file.Files.writeString(folder.resolve("aina-v4.jaga-progress"), """
                {"format": "jaga-progress", "formatVersion": 3, "exportedAt": "2026-11-22T09:00:00Z", "schemaVersion": 4,
                 "learners": [{"uid": "3f1c9a0e5b7d4c2a8e6f1b3d5a7c9e0f", "displayName": "Aina", "avatar": "owl",
                   "band": "10-12", "locale": "ms", "createdAt": "2026-11-01T07:30:00Z", "archived": false,
                   "settings": {"autoRead": "true", "work.scams-10-12.chat-1": "1|1|0|0|reply-a",
                                "work.scams-10-12.flags-1": "1|1|0|1|a,b"}}]}
                """);
        try (Database pc = Database.open(DataDirectory.prepare(folder.resolve("pc")), clock)) {
            new DataTransfer(pc).importData(DataTransfer.read(file));

            long aina = new LearnerRepository(pc).named("Aina").get(0).id();
            assertThat(new LearnerSettingsRepository(pc).all(aina)).isEqualTo(Map.of(AUTO_READ, "true"));
            assertThat(new StepWorkRepository(pc).forModule(aina, "scams-10-12")).isEqualTo(Map.of(
                    "chat-1", "1|1|0|0|reply-a", "flags-1", "1|1|0|1|a,b"));
        }
    }

    @Test
    void stepWorkIsNotSavedAsASetting() {
        try (Database database = Database.open(DataDirectory.prepare(folder.resolve("pc")), clock)) {
            long ben = new LearnerRepository(database).create("Ben", "cat", Band.AGES_10_12, Language.EN).id();
            assertThatThrownBy(() -> new LearnerSettingsRepository(database).put(ben, "work.scams-10-12.chat-1", "1|1|0|0|a"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StepWorkRepository");
            assertThat(new LearnerSettingsRepository(database).all(ben)).isEmpty();
        }
    }

    private static String uidOf(LearnerRepository learners, long id) {
        return learners.profiles().stream().filter(p -> p.id() == id).findFirst().orElseThrow().uid();
    }
}
