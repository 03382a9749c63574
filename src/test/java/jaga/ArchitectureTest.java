package jaga;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the architecture: content, progress and learning know nothing of screens.
 * Plain tests that call check(), because Surefire 3.5.3 silently skips @ArchTest fields
 * (TNG/ArchUnit#1442): a layer rule that never runs would guard nothing.
 */
class ArchitectureTest {

    private static JavaClasses jaga;

    @BeforeAll
    static void importProductionClasses() {
        jaga = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jaga");
    }

    @Test
    void coreLayersNeverTouchJavaFxOrTheUi() {
        noClasses().that().resideInAnyPackage("jaga.content..", "jaga.progress..", "jaga.learning..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jaga.ui..", "jaga.cli..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(jaga);
    }

    @Test
    void contentDoesNotKnowProgress() {
        noClasses().that().resideInAPackage("jaga.content..")
                .should().dependOnClassesThat().resideInAnyPackage("jaga.progress..", "jaga.learning..")
                .check(jaga);
    }

    @Test
    void progressDoesNotKnowContent() {
        noClasses().that().resideInAPackage("jaga.progress..")
                .should().dependOnClassesThat().resideInAnyPackage("jaga.content..", "jaga.learning..")
                .check(jaga);
    }

    @Test
    void theCommandLineDoesNotUseScreens() {
        noClasses().that().resideInAPackage("jaga.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jaga.ui..")
                .check(jaga);
    }

    @Test
    void screensDoNotReachIntoTheDatabase() {
        noClasses().that().resideInAPackage("jaga.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jaga.progress.Database")
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(jaga);
    }

    /**
     * Jaga never uses the network: no production class may open a socket, an HTTP client or a URL
     * connection (resources inside the jar are read through Class.getResource, not URLs).
     */
    @Test
    void nothingInJagaCanReachTheNetwork() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .check(jaga);
    }

    /**
     * Projector mode shows a lesson to a whole class: it records nothing for any child, so it may
     * not reach the progress store, nor the learning service that writes to it.
     */
    static final com.tngtech.archunit.lang.ArchRule PROJECTOR_RECORDS_NOTHING = noClasses()
            .that().resideInAPackage("jaga.ui.projector..")
            .should().dependOnClassesThat().resideInAPackage("jaga.progress..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jaga.learning.LearningService");

    @Test
    void projectorModeRecordsNothing() {
        PROJECTOR_RECORDS_NOTHING.check(jaga);
    }

    @Test
    void theProjectorRuleCatchesAProjectorClassThatReachesProgress() {
        JavaClasses planted = new ClassFileImporter().importClasses(jaga.ui.projector.PlantedRecorder.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PROJECTOR_RECORDS_NOTHING.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jaga.progress.LessonProgressRepository")
                .hasMessageContaining("jaga.learning.LearningService");
    }

    /**
     * No cycles between the ui slices (ui.adult, ui.profiles, ui.common, ...): each screen area can
     * be read, changed and tested on its own. UiSliceCyclesTest shows the rule fails on a planted cycle.
     */
    @Test
    void uiSlicesAreFreeOfCycles() {
        UiSliceCyclesTest.UI_SLICES_FREE_OF_CYCLES.check(jaga);
    }

    @Test
    void theRulesSeeTheProductionClasses() {
        // Guards the guard: an empty import would make every rule above pass vacuously.
        org.assertj.core.api.Assertions.assertThat(jaga.contain("jaga.content.ModuleReader")).isTrue();
        org.assertj.core.api.Assertions.assertThat(jaga.contain("jaga.ui.quiz.QuizView")).isTrue();
        org.assertj.core.api.Assertions.assertThat(jaga.contain("jaga.ui.projector.ProjectorViewModel")).isTrue();
    }
}
