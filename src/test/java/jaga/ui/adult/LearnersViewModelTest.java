package jaga.ui.adult;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.learning.Classroom;
import jaga.learning.Classroom.LearnerRow;
import jaga.model.Language;
import jaga.progress.LearnerRepository;
import jaga.ui.common.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Learners page's model on a real SQLite file: add, edit, lock, archive, delete, and a class list import. */
class LearnersViewModelTest {
    @TempDir
    Path folder;

    private ClassroomFixture school;
    private LearnerRepository learnerRepository;
    private Classroom classroom;
    private LearnersViewModel page;

    @BeforeEach
    void open() {
        school = new ClassroomFixture(folder);
        learnerRepository = school.learners;
        classroom = school.classroom;
        page = new LearnersViewModel(classroom, Background.direct());
        page.load();
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void aLearnerAddedInTheFormIsSavedWithTheirPictureLock() {
        page.startAdding();
        page.nameProperty().set("  Aina Sofea ");
        page.avatarProperty().set("owl");
        page.bandProperty().set(Band.AGES_7_9);
        page.languageProperty().set("ms");
        page.lockChoiceProperty().set(LearnersViewModel.LockChoice.NEW);
        assertThat(page.canSaveProperty().get()).as("a new lock needs three pictures").isFalse();
        page.pickLockPicture("sun");
        page.pickLockPicture("sun");
        page.pickLockPicture("car");
        page.pickLockPicture("moon"); // a fourth is ignored
        assertThat(page.newLock()).containsExactly("sun", "sun", "car");
        page.save();

        assertThat(page.modeProperty().get()).isEqualTo(LearnersViewModel.Mode.LIST);
        assertThat(page.learners()).hasSize(1);
        LearnerRow aina = page.learners().get(0);
        assertThat(aina.learner().displayName()).isEqualTo("Aina Sofea");
        assertThat(aina.learner().avatar()).isEqualTo("owl");
        assertThat(aina.learner().band()).isEqualTo(Band.AGES_7_9);
        assertThat(aina.learner().language()).isEqualTo(Language.MS);
        assertThat(aina.pictureLocked()).isTrue();
        assertThat(learnerRepository.unlocks(aina.learner().id(), List.of("sun", "sun", "car"))).isTrue();
        assertThat(page.selectedProperty().get()).isEqualTo(aina);
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.learners.added");
    }

    @Test
    void editingKeepsTheLockUnlessItIsClearedAndABlankNameIsNotSaved() {
        long id = classroom.addLearner("Danial", "cat", Band.AGES_10_12, Language.EN).id();
        classroom.setPictureLock(id, List.of("star", "tree", "ball"));
        page.load();

        page.startEditing(page.learners().get(0));
        assertThat(page.lockChoiceProperty().get()).isEqualTo(LearnersViewModel.LockChoice.KEEP);
        page.nameProperty().set("   ");
        assertThat(page.canSaveProperty().get()).isFalse();
        page.save();
        assertThat(learnerRepository.profiles().get(0).displayName()).isEqualTo("Danial");

        page.nameProperty().set("Muhammad Danial");
        page.bandProperty().set(Band.AGES_13_17);
        page.save();
        LearnerRow edited = page.learners().get(0);
        assertThat(edited.learner().displayName()).isEqualTo("Muhammad Danial");
        assertThat(edited.learner().band()).isEqualTo(Band.AGES_13_17);
        assertThat(edited.pictureLocked()).as("kept").isTrue();

        page.startEditing(edited);
        page.lockChoiceProperty().set(LearnersViewModel.LockChoice.NONE);
        page.save();
        assertThat(page.learners().get(0).pictureLocked()).isFalse();
    }

    @Test
    void aLearnersOwnModuleChoicesAreReadIntoTheFormAndSaved() {
        long id = classroom.addLearner("Haziq", "owl", Band.AGES_10_12, Language.EN).id();
        var modules = classroom.assignableModules();
        var ownBand = modules.stream().filter(m -> m.band() == Band.AGES_10_12).findFirst().orElseThrow();
        var older = modules.stream().filter(m -> m.band() == Band.AGES_13_17).findFirst().orElseThrow();
        classroom.setLearnerModules(id, java.util.Map.of(ownBand.id(), false));
        page.load();
        assertThat(page.modules()).hasSameSizeAs(modules);

        page.startEditing(page.learners().get(0));
        assertThat(page.moduleChoice(ownBand.id())).isEqualTo(ClassesViewModel.ModuleChoice.HIDE);
        page.setModuleChoice(ownBand.id(), ClassesViewModel.ModuleChoice.BY_BAND);
        page.setModuleChoice(older.id(), ClassesViewModel.ModuleChoice.SHOW);
        page.save();

        assertThat(classroom.learnerModuleChoices(id)).isEqualTo(java.util.Map.of(older.id(), true));
        assertThat(classroom.shownModules(id)).contains(ownBand, older);
    }

    @Test
    void aNameTooLongIsRefusedInTheAdultsLanguageAndTheFormStaysOpen() {
        page.startAdding();
        page.nameProperty().set("x".repeat(61));
        page.save();
        assertThat(page.formProblemProperty().get().key()).isEqualTo("adult.learners.nameTooLong");
        assertThat(page.modeProperty().get()).isEqualTo(LearnersViewModel.Mode.FORM);
        assertThat(page.nameProperty().get()).hasSize(61);
        assertThat(learnerRepository.profiles()).isEmpty();
    }

    @Test
    void archivingHidesALearnerFromTheChildrenButKeepsThemInTheList() {
        long id = classroom.addLearner("Mei Ling", "fish", Band.AGES_10_12, Language.EN).id();
        page.load();

        page.toggleArchived(page.learners().get(0));
        assertThat(page.learners().get(0).learner().archived()).isTrue();
        assertThat(learnerRepository.active()).isEmpty();

        page.toggleArchived(page.learners().get(0));
        assertThat(learnerRepository.active()).extracting(l -> l.id()).containsExactly(id);
    }

    @Test
    void deletingNeedsTheSecondStepAndThenSaysWhatWent() {
        classroom.addLearner("Arjun", "dog", Band.AGES_10_12, Language.EN);
        classroom.addLearner("Priya", "cat", Band.AGES_10_12, Language.EN);
        page.load();
        LearnerRow arjun = page.learners().get(0);

        page.startDeleting(arjun);
        assertThat(page.modeProperty().get()).isEqualTo(LearnersViewModel.Mode.DELETE);
        page.delete(); // not yet confirmed
        assertThat(learnerRepository.profiles()).hasSize(2);

        page.cancel();
        assertThat(page.deleteUnderstoodProperty().get()).isFalse();
        page.startDeleting(arjun);
        page.deleteUnderstoodProperty().set(true);
        page.delete();
        assertThat(learnerRepository.profiles()).extracting(p -> p.displayName()).containsExactly("Priya");
        assertThat(page.learners()).hasSize(1);
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.learners.deletedNotice");
        assertThat(page.noticeProperty().get().arguments()).startsWith("Arjun");
        assertThat(page.modeProperty().get()).isEqualTo(LearnersViewModel.Mode.LIST);
    }

    @Test
    void aRosterWithTwoBadRowsImportsNothingUntilTheAdultChoosesToSkipThem() throws Exception {
        Path roster = roster30();
        page.startImport();
        page.rosterChosen(roster);

        var preview = page.previewProperty().get();
        assertThat(preview.rows()).hasSize(28);
        assertThat(preview.problems()).extracting(p -> p.line()).containsExactly(12, 21);
        assertThat(preview.classNames()).containsExactly("5 Bestari", "Kelab Komputer");
        assertThat(page.canImportAllProperty().get()).isFalse();
        assertThat(page.canImportSkippingProperty().get()).isTrue();

        page.importAll(); // refused: the file has problems
        assertThat(learnerRepository.profiles()).isEmpty();
        assertThat(page.modeProperty().get()).isEqualTo(LearnersViewModel.Mode.IMPORT);

        page.rosterLanguageProperty().set("ms");
        page.importSkippingProblems();
        assertThat(learnerRepository.profiles()).hasSize(28).allMatch(p -> p.language() == Language.MS);
        assertThat(page.learners()).hasSize(28);
        assertThat(page.noticeProperty().get().key()).isEqualTo("adult.roster.imported");
        assertThat(page.noticeProperty().get().arguments()).containsExactly(28, 2, 2, 2);
        assertThat(page.modeProperty().get()).isEqualTo(LearnersViewModel.Mode.LIST);
    }

    @Test
    void aCleanRosterImportsEveryRow() throws Exception {
        Path roster = folder.resolve("clean.csv");
        Files.writeString(roster, "name,band,class\nAina,10-12,5 Bestari\nDanial,7-9,\n");
        page.startImport();
        page.rosterPathProperty().set(roster.toString());
        page.checkRoster();
        assertThat(page.canImportSkippingProperty().get()).isFalse();
        page.importAll();
        assertThat(page.learners()).extracting(r -> r.learner().displayName()).containsExactly("Aina", "Danial");
        assertThat(page.learners().get(0).classNames()).containsExactly("5 Bestari");
    }

    @Test
    void onAPairedComputerWhoseHubIsAwayAClassListIsNotReadSoNoChildIsAddedTwice() throws Exception {
        Path roster = folder.resolve("clean.csv");
        Files.writeString(roster, "name,band,class\nAina,10-12,5 Bestari\n");
        boolean[] hubAnswers = {false};
        LearnersViewModel paired = new LearnersViewModel(classroom, Background.direct(), () -> hubAnswers[0]);
        paired.load();
        paired.startImport();
        paired.rosterChosen(roster);
        assertThat(paired.previewProperty().get()).isNull();
        assertThat(paired.rosterProblemProperty().get().key()).isEqualTo("adult.roster.hubAway");
        assertThat(paired.canImportAllProperty().get()).isFalse();

        hubAnswers[0] = true;
        paired.checkRoster();
        assertThat(paired.rosterProblemProperty().get()).isNull();
        paired.importAll();
        assertThat(paired.learners()).extracting(r -> r.learner().displayName()).containsExactly("Aina");
    }

    @Test
    void aFileThatIsNotARosterIsExplainedAndNothingIsImported() throws Exception {
        Path notes = folder.resolve("notes.csv");
        Files.writeString(notes, "hello,world\n1,2\n");
        page.startImport();
        page.rosterChosen(notes);
        assertThat(page.previewProperty().get()).isNull();
        assertThat(page.rosterProblemProperty().get().key()).isEqualTo("roster.refused.NO_NAME_OR_BAND_COLUMN");
        assertThat(page.rosterProblemProperty().get().arguments()).containsExactly("hello,world");

        page.rosterPathProperty().set(folder.resolve("missing.csv").toString());
        page.checkRoster();
        assertThat(page.rosterProblemProperty().get().detail()).contains("no such file");
        page.rosterPathProperty().set(" ");
        page.checkRoster();
        assertThat(page.rosterProblemProperty().get().key()).isEqualTo("adult.roster.noFile");
        assertThat(learnerRepository.profiles()).isEmpty();
    }

    @Test
    void aTemplateIsSavedInTheAdultsLanguageAndReadBackOnceItsExamplesAreReplaced() throws Exception {
        page.adultLanguageProperty().set("ms");
        page.startImport();
        Path template = folder.resolve("senarai-kelas-jaga.csv");
        page.saveTemplate(template);
        assertThat(page.rosterProblemProperty().get().key()).isEqualTo("adult.roster.templateSaved");
        assertThat(Files.readString(template)).startsWith("\uFEFFNama,Kelas,Kumpulan umur,Umur,Tahun/Tingkatan\r\n");

        page.rosterChosen(template);
        assertThat(page.previewProperty().get().rows()).as("the examples are never imported").isEmpty();
        assertThat(page.previewProperty().get().problems()).extracting(p -> p.kind())
                .containsOnly(jaga.learning.Roster.Kind.EXAMPLE_ROW);

        Files.writeString(template, Files.readString(template).replace("Kelas contoh", "5 Amanah"));
        page.checkRoster();
        page.importAll();
        assertThat(page.learners()).hasSize(4);
        assertThat(page.learners()).extracting(r -> r.learner().band()).containsExactly(Band.AGES_10_12, Band.AGES_10_12, Band.AGES_10_12, Band.AGES_13_17);
    }

    @Test
    void aTemplateThatCannotBeSavedSaysSo() {
        page.startImport();
        page.saveTemplate(folder.resolve("no such folder").resolve("template.csv"));
        assertThat(page.rosterProblemProperty().get().key()).isEqualTo("adult.roster.templateFailed");
        assertThat(page.rosterProblemProperty().get().problem()).isTrue();
        assertThat(page.busyProperty().get()).isFalse();
    }

    private Path roster30() throws Exception {
        Path file = folder.resolve("class-roster-30.csv");
        try (var in = getClass().getResourceAsStream("/jaga/roster/class-roster-30.csv")) {
            Files.copy(in, file);
        }
        return file;
    }
}
