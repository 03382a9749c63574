package jaga.ui.adult;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.ui.common.Background;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.I18n;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The learner and class forms say what is wrong with a name while it is typed, in words under the
 * field and in the field's accessible help (for a screen reader), with the field framed; in the
 * adult's language, and gone again once the name is fine. Real pages on a real SQLite file.
 */
@ExtendWith(ApplicationExtension.class)
class NameChecksViewTest {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    @TempDir
    Path folder;

    private ClassroomFixture school;
    private I18n i18n;
    private LearnersViewModel learners;

    @Start
    void start(Stage stage) {
        school = new ClassroomFixture(folder);
        school.classroom.createClass("5 Bestari");
        i18n = new I18n();
        learners = new LearnersViewModel(school.classroom, Background.direct());
        LearnersView learnersPage = new LearnersView(learners, i18n, FileDialogs.system());
        ClassesView classesPage = new ClassesView(new ClassesViewModel(school.classroom, Background.direct()), i18n);
        HBox both = new HBox(learnersPage, classesPage);
        Scene scene = new Scene(both, 1024, 768);
        scene.getStylesheets().add(NameChecksViewTest.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        school.close();
    }

    @Test
    void aLearnersNameTooLongIsSaidWhileTypedInTheAdultsLanguage(FxRobot robot) {
        robot.clickOn("#addLearnerAdult");
        TextField name = robot.lookup("#learnerFormName").queryAs(TextField.class);
        Label said = robot.lookup("#learnerFormNameProblem").queryAs(Label.class);
        assertThat(said.isVisible()).as("nothing to say yet").isFalse();

        robot.interact(() -> name.setText("x".repeat(61)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said.isVisible()).isTrue();
        assertThat(said.getText()).isEqualTo("A name can be at most 60 characters. Please shorten it.");
        assertThat(name.getAccessibleHelp()).isEqualTo(said.getText());
        assertThat(name.getPseudoClassStates()).contains(PROBLEM);

        robot.interact(() -> i18n.setLanguage("ms"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said.getText()).isEqualTo("Nama boleh mempunyai paling banyak 60 aksara. Sila pendekkan.");
        assertThat(name.getAccessibleHelp()).isEqualTo(said.getText());

        robot.interact(() -> name.setText("Aina Sofea"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said.isVisible()).isFalse();
        assertThat(name.getAccessibleHelp()).isNull();
        assertThat(name.getPseudoClassStates()).doesNotContain(PROBLEM);
    }

    @Test
    void aNewClassNamedLikeOneThereIsIsSaidBeforeCreateIsPressed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#newClassName").queryAs(TextField.class);
        Label said = robot.lookup("#newClassNameProblem").queryAs(Label.class);
        robot.clickOn(name).write("5 bestari");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said.getText()).isEqualTo("There is already a class called 5 bestari.");
        assertThat(name.getAccessibleHelp()).isEqualTo(said.getText());
        assertThat(name.getPseudoClassStates()).contains(PROBLEM);

        robot.write(" pagi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said.isVisible()).isFalse();
        assertThat(name.getPseudoClassStates()).doesNotContain(PROBLEM);
    }
}
