package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.progress.LearnerRepository;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A computer lab: 36 children in two classes share "Who is learning?". A child picks their class,
 * types part of their name and signs in, all by keyboard; the next child finds the class still chosen.
 */
class LabSignInJourneyTest extends JourneyTestBase {

    private static final List<String> AMANAH = List.of("Tan Wei Ming", "Nur Aisyah binti Ahmad", "Priya a/p Ganesan",
            "Muhammad Adam bin Ismail", "Siti Nurhaliza", "Lim Jia Hui", "Arjun a/l Raman", "Aina Sofea",
            "Danial Haikal", "Wong Mei Ling", "Kavitha a/p Subramaniam", "Ahmad Faris", "Chong Kah Wai",
            "Nurul Izzah", "Hafiz", "Ong Zi Xuan", "Mu'az Iskandar", "Adam");
    private static final List<String> BESTARI = List.of("Zoë Chan", "Adam", "Iman Batrisyia", "Goh Yi Xin",
            "Harith Danish", "Thivya a/p Murugan", "Nur Qistina", "Lee Chee Keong", "Aqil Hakimi", "Yap Shu Ting",
            "Sharvin a/l Kumar", "Farah Adibah", "Ng Kai Jie", "Puteri Balqis", "Rajesh a/l Nair", "Chen Xiao Ling",
            "Tan Wei Jie", "Bryan Lee");

    private void aLabOfThirtySixInTwoClasses() {
        try (Database database = Database.open(DataDirectory.prepare(dataFolder), Clock.systemUTC())) {
            LearnerRepository learners = new LearnerRepository(database);
            ClassRepository classes = new ClassRepository(database);
            String[] avatars = {"cat", "dog", "owl"}; // many children share a picture
            for (String className : List.of("5 Amanah", "5 Bestari")) {
                long classId = classes.create(className).id();
                List<String> names = className.equals("5 Amanah") ? AMANAH : BESTARI;
                for (int i = 0; i < names.size(); i++) {
                    long id = learners.create(names.get(i), avatars[i % 3], Band.AGES_10_12, Language.EN).id();
                    classes.addMember(classId, id);
                }
            }
        }
    }

    private List<Button> pictures() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".learner-tile").queryAllAs(Button.class).stream()
                .filter(LearnerRobot::onScreen).filter(tile -> !"addLearner".equals(tile.getId())).toList();
    }

    private Node focused() {
        return lookup("#learnerSearch").query().getScene().getFocusOwner();
    }

    @Test
    void aChildPicksTheirClassTypesPartOfTheirNameAndSignsInByKeyboard() throws Exception {
        aLabOfThirtySixInTwoClasses();
        LearnerRobot child = new LearnerRobot(this, module("grooming-10-12")).keyboardOnly();
        startApp();

        // Everyone, in alphabetical order; the search box has the focus, ready for typing.
        child.waitFor("#learnerSearch");
        assertThat(pictures()).hasSize(36);
        assertThat(pictures()).extracting(Button::getAccessibleText).startsWith("Adam, 5 Amanah", "Adam, 5 Bestari",
                "Ahmad Faris", "Aina Sofea", "Aqil Hakimi", "Arjun a/l Raman", "Bryan Lee");
        assertThat(child.text("#learnerCount")).isEqualTo("36 of 36 learners");
        assertThat(focused()).isSameAs(lookup("#learnerSearch").query());

        // Shift+Tab back from the search box to the classes (one stop, the chosen one, as a group of
        // choices is), Right arrow to 5 Bestari, Space.
        ToggleButton bestari = lookup("#classChoice-1").queryAs(ToggleButton.class);
        assertThat(bestari.getText()).isEqualTo("5 Bestari");
        press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).as("the class choice is reached by keyboard")
                .isSameAs(lookup("#classChoice-everyone").query());
        type(KeyCode.RIGHT, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isSameAs(bestari);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pictures()).hasSize(18);
        assertThat(child.text("#learnerCount")).isEqualTo("18 of 36 learners");

        // Ctrl+F back to the search; "wei" leaves Tan Wei Jie of 5 Bestari (Tan Wei Ming is in 5 Amanah).
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isSameAs(lookup("#learnerSearch").query());
        write("WEI");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pictures()).extracting(Button::getAccessibleText).containsExactly("Tan Wei Jie");
        assertThat(child.showing("#noMatch")).isFalse();

        // Down to the picture (with its focus ring), Enter: in.
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isSameAs(pictures().get(0));
        type(KeyCode.ENTER);
        child.waitFor("#state-grooming-10-12");
        assertThat(lookup(".current-learner-name").queryAs(Labeled.class).getText()).isEqualTo("Tan Wei Jie");

        // The next child: 5 Bestari is still chosen, nothing typed.
        child.press("#switchLearner");
        child.waitFor("#learnerSearch");
        assertThat(lookup("#classChoice-1").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#learnerSearch").queryAs(TextField.class).getText()).isEmpty();
        assertThat(pictures()).hasSize(18);

        // A name nobody has: said in words, and "Show everyone" brings all 36 back.
        write("zzz");
        child.waitFor("#noMatch");
        assertThat(child.text("#noMatch")).isEqualTo("No name in 5 Bestari has \u201Czzz\u201D in it.");
        child.press("#showEveryone");
        assertThat(pictures()).hasSize(36);
        assertThat(lookup("#classChoice-everyone").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}
