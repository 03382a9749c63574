package jaga.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Topic;
import jaga.testing.Modules;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A teacher projects every learner module of the second edition's new topics (upsetting things
 * seen online; games and live streams) from the first step to the last, at 1024x768 with 200% text
 * and the notes open: at each chat choice the class sees the feedback on every reply, the notes
 * have discussion prompts, and no label is cut short. Modules are picked from the catalog by topic.
 */
@ExtendWith(ApplicationExtension.class)
class NewTopicProjectorTest {
    private static final Set<Topic> NEW_TOPICS = EnumSet.of(Topic.UPSETTING, Topic.GAMES);
    private static ContentCatalog catalog;

    @TempDir
    static Path dataFolder;

    private ProjectorView view;
    private ProjectorViewModel model;

    @BeforeAll
    static void loadContent() {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
    }

    static Stream<String> newTopicLearnerModules() {
        List<String> ids = new ContentLoader().load(List.of(Modules.bundledContent())).modules().stream()
                .filter(ContentModule::forLearners).filter(module -> NEW_TOPICS.contains(module.topic()))
                .map(ContentModule::id).sorted().toList();
        assertThat(ids).as("learner modules of the topics " + NEW_TOPICS).isNotEmpty();
        return ids.stream();
    }

    @Start
    void start(Stage stage) {
        model = new ProjectorViewModel(catalog);
        view = new ProjectorView(model, new I18n(), DisplaySettings.load(dataFolder), () -> { });
        Scene scene = new Scene(view, 1024, 768);
        scene.getStylesheets().add(NewTopicProjectorTest.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        view.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", DisplaySettings.BASE_FONT_PX * 2));
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newTopicLearnerModules")
    void everyStepProjectsWithFeedbackOnEveryReplyAndNothingCutShort(String id, FxRobot robot) {
        ContentModule module = catalog.module(id).orElseThrow();
        robot.interact(() -> {
            model.open(module);
            model.toggleNotes();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notesPrompts").queryAs(Parent.class).getChildrenUnmodifiable()).isNotEmpty();

        List<String> cut = new ArrayList<>();
        List<String> lessonsSeen = new ArrayList<>();
        int choicesShown = 0;
        for (int guard = 0; guard < 600 && model.slide().nextAction() != Slide.NextAction.END; guard++) {
            WaitForAsyncUtils.waitForFxEvents();
            Slide slide = model.slide();
            if (!lessonsSeen.contains(slide.lesson().id())) {
                lessonsSeen.add(slide.lesson().id());
            }
            cut.addAll(ProjectorViewTest.cutShort(view, slide));
            if (slide.nextAction() == Slide.NextAction.PICK_A_REPLY) {
                for (Slide.Option option : slide.options()) {
                    assertThat(robot.lookup("#optionFeedback-" + option.letter()).queryAs(Labeled.class).getText())
                            .as(id + " reply " + option.id()).isEqualTo(option.feedback().in("en"));
                }
                choicesShown++;
                Slide.Option safe = slide.options().stream().filter(Slide.Option::right).findFirst()
                        .orElseThrow(() -> new AssertionError(id + ": a chat choice with no safe reply"));
                robot.interact(() -> model.choose(safe.id()));
            } else {
                robot.interact(model::next);
            }
        }
        assertThat(model.slide().nextAction()).as(id + " reached its last step").isEqualTo(Slide.NextAction.END);
        assertThat(lessonsSeen).as("every lesson projected")
                .containsExactlyElementsOf(module.lessons().stream().map(lesson -> lesson.id()).toList());
        assertThat(choicesShown).as("chat choices shown with their feedback").isGreaterThanOrEqualTo(module.lessons().size());
        assertThat(cut).isEmpty();
    }
}
