package jaga;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layers of the architecture (ADR 0001, 0014). From the bottom: the kernel ({@code jaga.model})
 * and {@code jaga.files}; content and progress, which do not know each other, and the speech
 * adapter; learning; the screens and the command line; the bench (may use everything, used only by
 * the command line); {@code jaga.App} and {@code jaga.Main} at the root.
 * <p>
 * Plain tests that call check(), because Surefire 3.5.3 silently skips @ArchTest fields
 * (TNG/ArchUnit#1442): a layer rule that never runs would guard nothing. Each rule is also checked
 * against test-only classes planted to break it (the {@code fixtures} packages under src/test), so
 * a rule weakened until it no longer catches its planted class fails here.
 */
class ArchitectureTest {

    /** Layers, each reaching only the ones below it. Optional so a planted class can be checked alone. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Kernel").definedBy("jaga.model..")
            .layer("Files").definedBy("jaga.files..")
            .layer("Content").definedBy("jaga.content..")
            .layer("Progress").definedBy("jaga.progress..")
            .layer("Speech").definedBy("jaga.speech..")
            .layer("Learning").definedBy("jaga.learning..")
            .layer("Ui").definedBy("jaga.ui..")
            .layer("Cli").definedBy("jaga.cli..")
            .layer("Bench").definedBy("jaga.bench..")
            .layer("Root").definedBy("jaga")
            .whereLayer("Kernel").mayNotAccessAnyLayer()
            .whereLayer("Files").mayOnlyAccessLayers("Kernel")
            .whereLayer("Content").mayOnlyAccessLayers("Kernel", "Files")
            .whereLayer("Progress").mayOnlyAccessLayers("Kernel", "Files")
            .whereLayer("Speech").mayOnlyAccessLayers("Kernel", "Files")
            .whereLayer("Learning").mayOnlyAccessLayers("Kernel", "Files", "Content", "Progress")
            .whereLayer("Ui").mayOnlyAccessLayers("Kernel", "Files", "Content", "Progress", "Speech", "Learning")
            .whereLayer("Cli").mayOnlyAccessLayers("Kernel", "Files", "Content", "Progress", "Learning", "Bench")
            .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli", "Root")
            .whereLayer("Root").mayNotBeAccessedByAnyLayer();

    /** Below the screens nothing touches JavaFX or a JavaFX control library (the command line neither). */
    static final ArchRule NO_JAVAFX_BELOW_THE_SCREENS = noClasses()
            .that().resideInAnyPackage("jaga.model..", "jaga.files..", "jaga.content..", "jaga.progress..",
                    "jaga.speech..", "jaga.learning..", "jaga.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp..");

    /**
     * Screens reach the store through the learning layer: no repository, no Database, no JDBC.
     * (Still direct, and not yet under a rule: DataTransfer, ProgressExport, ProgressException,
     * SyncJournal and the hub link in the family-files and hub screens.)
     */
    static final ArchRule SCREENS_DO_NOT_REACH_THE_STORE = noClasses().that().resideInAPackage("jaga.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jaga.progress.Database")
            .orShould().dependOnClassesThat().resideInAPackage("java.sql..");

    /**
     * The console belongs to the command line, the bench and Main: the app logs instead. The one
     * exception is the start-up moment line that {@code jaga bench startup} reads from Jaga's stdout.
     */
    static final ArchRule CONSOLE_ONLY_IN_THE_COMMAND_LINE = noClasses()
            .that().resideOutsideOfPackages("jaga.cli..", "jaga.bench..")
            .and().doNotHaveFullyQualifiedName("jaga.Main")
            .and().doNotHaveFullyQualifiedName("jaga.ui.common.StartupTiming")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");

    /**
     * Projector mode shows a lesson to a whole class: it records nothing for any child, so it may
     * not reach the progress store, nor the learning service that writes to it.
     */
    static final ArchRule PROJECTOR_RECORDS_NOTHING = noClasses()
            .that().resideInAPackage("jaga.ui.projector..")
            .should().dependOnClassesThat().resideInAPackage("jaga.progress..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jaga.learning.LearningService");

    private static JavaClasses jaga;

    @BeforeAll
    static void importProductionClasses() {
        jaga = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jaga");
    }

    @Test
    void theLayersReachOnlyDownwards() {
        LAYERS.check(jaga);
    }

    @Test
    void nothingBelowTheScreensTouchesJavaFx() {
        NO_JAVAFX_BELOW_THE_SCREENS.check(jaga);
    }

    @Test
    void screensDoNotReachTheStore() {
        SCREENS_DO_NOT_REACH_THE_STORE.check(jaga);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        CONSOLE_ONLY_IN_THE_COMMAND_LINE.check(jaga);
    }

    /**
     * Jaga never uses the network: no production class may open a socket, an HTTP client or a URL
     * connection (resources inside the jar are read through Class.getResource, not URLs).
     */
    static final ArchRule NO_NETWORK = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream");

    @Test
    void nothingInJagaCanReachTheNetwork() {
        NO_NETWORK.check(jaga);
    }

    @Test
    void projectorModeRecordsNothing() {
        PROJECTOR_RECORDS_NOTHING.check(jaga);
    }

    // ------------------------------------------------------------------ each rule catches its planted class

    /** Each planted class breaks the layers in one way; the message names it and what it reached. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jaga.model.fixtures.PlantedKernelUsingContent, jaga.content.Topic",
        "jaga.content.fixtures.PlantedContentUsingProgress, jaga.progress.ProgressException",
        "jaga.progress.fixtures.PlantedProgressUsingContent, jaga.content.Topic",
        "jaga.speech.fixtures.PlantedSpeechUsingLearning, jaga.learning.AutoReadSettings",
        "jaga.learning.fixtures.PlantedLearningUsingScreens, jaga.ui.common.I18n",
        "jaga.learning.fixtures.PlantedLearningUsingApp, jaga.App",
        "jaga.cli.fixtures.PlantedCommandUsingScreens, jaga.ui.common.I18n",
        "jaga.ui.fixtures.PlantedScreenUsingBench, jaga.bench.Stats",
    })
    void theLayerRuleCatchesEachPlantedBreach(String planted, String reached) throws ClassNotFoundException {
        JavaClasses alone = new ClassFileImporter().importClasses(Class.forName(planted));
        assertThatThrownBy(() -> LAYERS.check(alone)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(planted).hasMessageContaining("<" + reached);
    }

    @Test
    void theJavaFxRuleCatchesAPlantedClass() {
        JavaClasses planted = new ClassFileImporter().importClasses(jaga.learning.fixtures.PlantedLearningUsingJavaFx.class);
        assertThatThrownBy(() -> NO_JAVAFX_BELOW_THE_SCREENS.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("javafx.beans.property.SimpleStringProperty");
    }

    @Test
    void theStoreRuleCatchesAScreenUsingARepositoryTheDatabaseAndJdbc() {
        JavaClasses planted = new ClassFileImporter().importClasses(jaga.ui.fixtures.PlantedScreenUsingStorage.class);
        assertThatThrownBy(() -> SCREENS_DO_NOT_REACH_THE_STORE.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<jaga.progress.LearnerRepository")
                .hasMessageContaining("<jaga.progress.Database")
                .hasMessageContaining("<java.sql.Connection");
    }

    @Test
    void theConsoleRuleCatchesPrintingAndStackTraces() {
        JavaClasses planted = new ClassFileImporter().importClasses(jaga.learning.fixtures.PlantedPrinter.class);
        assertThatThrownBy(() -> CONSOLE_ONLY_IN_THE_COMMAND_LINE.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedPrinter.tell(java.lang.String)> gets field <java.lang.System.out>")
                .hasMessageContaining("PlantedPrinter.complain(java.lang.Exception)> gets field <java.lang.System.err>")
                .hasMessageContaining("printStackTrace");
    }

    @Test
    void theNetworkRuleCatchesAUrlConnection() {
        JavaClasses planted = new ClassFileImporter().importClasses(jaga.learning.fixtures.PlantedNetworkUser.class);
        assertThatThrownBy(() -> NO_NETWORK.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net.URL.openStream");
    }

    @Test
    void theProjectorRuleCatchesAProjectorClassThatReachesProgress() {
        JavaClasses planted = new ClassFileImporter().importClasses(jaga.ui.projector.PlantedRecorder.class);
        assertThatThrownBy(() -> PROJECTOR_RECORDS_NOTHING.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jaga.progress.LessonProgressRepository")
                .hasMessageContaining("jaga.learning.LearningService");
    }

    @Test
    void theRulesSeeTheProductionClasses() {
        // Guards the guard: an empty import would make every rule above pass vacuously.
        assertThat(jaga.contain("jaga.content.ModuleReader")).isTrue();
        assertThat(jaga.contain("jaga.ui.quiz.QuizView")).isTrue();
        assertThat(jaga.contain("jaga.ui.projector.ProjectorViewModel")).isTrue();
        assertThat(jaga.contain("jaga.model.Learner")).isTrue();
        assertThat(jaga.contain("jaga.speech.SpeechEngines")).isTrue();
        assertThat(jaga.contain("jaga.bench.StartupBench")).isTrue();
        assertThat(jaga.contain("jaga.App")).isTrue();
        // ... and no planted class leaks into it (they live in the test sources only).
        assertThat(jaga.stream().map(c -> c.getName())).noneMatch(name -> name.contains(".fixtures."));
    }
}
