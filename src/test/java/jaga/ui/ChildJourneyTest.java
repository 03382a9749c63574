package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.App;
import jaga.cli.LaunchOptions;
import jaga.content.Choice;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Question;
import jaga.progress.DataDirectory;
import jaga.testing.Modules;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new learner works through the grooming lesson and its quiz, then the app is closed and
 * opened again on the same data folder: the module shows as done.
 */
class ChildJourneyTest extends FxRobot {
    private static final String MODULE = "grooming-10-12";

    @TempDir
    Path dataFolder;

    private Application app;

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aNewLearnerFinishesTheGroomingModuleAndItStaysDoneAfterRestart() throws Exception {
        startApp();

        // Who's learning? Nobody yet, so the form to add a learner is open.
        waitFor("#learnerName");
        clickOn("#learnerName").write("Aina");
        clickOn("#avatar-owl");
        clickOn("#band-10-12");
        clickOn("#saveLearner");

        // My lessons: the grooming module is there and not started.
        waitFor("#state-" + MODULE);
        assertThat(text("#state-" + MODULE)).isEqualTo("Not started");
        clickOn("#open-" + MODULE);

        // The lesson, step by step, to the quiz.
        waitFor("#stepBody");
        int steps = module().lessons().get(0).steps().size();
        for (int step = 1; step <= steps; step++) {
            assertThat(text("#stepOf")).isEqualTo("Step " + step + " of " + steps);
            clickOn("#nextStep");
        }

        // The quiz: pick the correct choice each time; feedback comes after each answer.
        List<Question> questions = module().quiz().questions();
        for (int i = 0; i < questions.size(); i++) {
            waitFor("#questionPrompt");
            // Questions are shuffled per attempt: find the one on screen by its prompt.
            String prompt = text("#questionPrompt");
            Question question = questions.stream().filter(q -> q.prompt().in("en").equals(prompt)).findFirst().orElseThrow();
            assertThat(text("#questionOf")).isEqualTo("Question " + (i + 1) + " of " + questions.size());
            Choice correct = ((Question.Single) question).choices().stream()
                    .filter(Choice::correct).findFirst().orElseThrow();
            clickOn("#choice-" + correct.id());
            clickOn("#checkAnswer");
            waitFor("#verdict");
            assertThat(text("#verdict")).isEqualTo("That's right!");
            assertThat(text("#choiceFeedback")).isEqualTo(correct.feedback().in("en"));
            clickOn("#nextQuestion");
        }

        waitFor("#resultScore");
        assertThat(text("#resultScore")).isEqualTo("You got " + questions.size() + " of " + questions.size() + " right (100%).");
        clickOn("#backHome");
        waitFor("#state-" + MODULE);
        assertThat(text("#state-" + MODULE)).isEqualTo("Done \u00b7 100%");

        // Close Jaga and open it again on the same data folder.
        FxToolkit.cleanupApplication(app);
        FxToolkit.registerPrimaryStage();
        startApp();

        waitFor("#learner-1");
        clickOn("#learner-1");
        waitFor("#state-" + MODULE);
        assertThat(text("#state-" + MODULE)).isEqualTo("Done \u00b7 100%");
    }

    private void startApp() throws Exception {
        LaunchOptions options = new LaunchOptions(DataDirectory.prepare(dataFolder), Modules.bundledContent());
        app = FxToolkit.setupApplication(() -> new App(options));
    }

    private static ContentModule module() {
        return new ContentLoader().load(List.of(Modules.bundledContent())).module(MODULE).orElseThrow();
    }

    /** Database work runs on a worker thread, so wait for the screen it leads to. */
    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
