package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.util.WaitForAsyncUtils;

/** Help chosen by age, Close at the top of it, and a header that stays one row at 200% text. */
class HelpAndHeaderJourneyTest extends JourneyTestBase {

    private List<String> cardIds(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).queryAs(Parent.class).getChildrenUnmodifiable().stream().map(Node::getId).toList();
    }

    @Test
    void aSevenYearOldSeesAGrownUpTalianKasihAnd999FirstAndTheRestBehindMoreHelp() throws Exception {
        LearnerRobot nurul = startWithOneLearner("Nurul", "rabbit", "7-9", "en", module("grooming-7-9"));

        nurul.opensTheModule();
        nurul.press("#getHelp");
        nurul.waitFor("#contact-talian-kasih");
        assertThat(cardIds("#helpOverlay .help-cards")).containsExactly(
                "contact-trusted-adult", "contact-talian-kasih", "contact-emergency-999");
        assertThat(lookup("#contact-trusted-adult").query().getAccessibleText()).startsWith("A grown-up you trust");
        assertThat(nurul.showing("#contact-nsrc-997")).as("the rest waits behind More help").isFalse();
        assertThat(nurul.showing("#contact-cybertipline")).isFalse();
        // Each card can be heard.
        assertThat(nurul.showing("#speak-contact-talian-kasih")).isTrue();
        assertThat(nurul.showing("#speak-contact-trusted-adult")).isTrue();

        nurul.press("#moreHelp");
        nurul.waitFor("#contact-nsrc-997");
        assertThat(nurul.showing("#contact-stopncii")).as("adults-only contacts are never shown to children").isFalse();

        // Close is at the top, above the first card.
        Node close = lookup("#closeHelp").query();
        Node first = lookup("#contact-trusted-adult").query();
        assertThat(close.localToScene(close.getBoundsInLocal()).getMinY())
                .isLessThan(first.localToScene(first.getBoundsInLocal()).getMinY());
        nurul.press("#closeHelp");
        assertThat(nurul.showing("#helpOverlay")).isFalse();
        assertThat(nurul.showing("#stepBody")).isTrue();
    }

    @Test
    void aTeenagerSeesEveryContactAtOnceAndEscCloses() throws Exception {
        LearnerRobot arjun = startWithOneLearner("Arjun", "dog", "13-17", "ms", module("grooming-13-17"));

        arjun.press("#learner-1");
        arjun.press("#getHelp");
        arjun.waitFor("#contact-talian-kasih");
        assertThat(arjun.showing("#contact-nsrc-997")).isTrue();
        assertThat(arjun.showing("#contact-cybertipline")).isTrue();
        assertThat(arjun.showing("#contact-trusted-adult")).isFalse();
        assertThat(arjun.showing("#moreHelp")).isFalse();
        assertThat(((Button) lookup("#closeHelp").query()).getText()).isEqualTo("Tutup");
        type(KeyCode.ESCAPE);
        assertThat(arjun.showing("#helpOverlay")).isFalse();
    }

    @Test
    void at200PercentTheHeaderStaysOneRowWithACompactMenuAndItsIconsGrowWithTheText() throws Exception {
        learnerAddedByAnAdult("Aina", "cat", "10-12", "ms");
        displaySettingsBeforeStart("textSize=200");
        LearnerRobot aina = new LearnerRobot(this, module("grooming-10-12"));
        startApp();
        aina.press("#learner-1");
        aina.waitFor("#headerMenu");

        assertThat(aina.showing("#displayMenu")).isFalse();
        assertThat(aina.showing("#toggleLanguage")).isFalse();
        assertThat(aina.showing("#getHelp")).as("Get help keeps its own button").isTrue();
        Node help = lookup("#getHelp").query();
        Node menu = lookup("#headerMenu").query();
        Node header = lookup(".app-header").query();
        double helpTop = help.localToScene(help.getBoundsInLocal()).getMinY();
        double menuTop = menu.localToScene(menu.getBoundsInLocal()).getMinY();
        assertThat(Math.abs(helpTop - menuTop)).as("one row").isLessThan(4);
        assertThat(header.getBoundsInLocal().getHeight()).isLessThan(2 * help.getBoundsInLocal().getHeight());
        Node rightmost = menu;
        assertThat(rightmost.localToScene(rightmost.getBoundsInLocal()).getMaxX())
                .as("nothing pushed off the window").isLessThanOrEqualTo(header.getScene().getWidth());
        double iconAt200 = lookup(".app-header .logo-icon").queryAs(FontIcon.class).getIconSize();

        // The compact menu has the language and the Display settings.
        clickOn("#headerMenu");
        clickOn("#displayMenu-compact");
        clickOn("#textSize-100-compact");
        aina.waitFor("#displayMenu");
        assertThat(aina.showing("#headerMenu")).isFalse();
        double iconAt100 = lookup(".app-header .logo-icon").queryAs(FontIcon.class).getIconSize();
        assertThat(iconAt200).as("icons scale with the text").isGreaterThanOrEqualTo(2 * iconAt100 - 1);
        assertThat(savedDisplaySettings()).contains("textSize=100");
    }

    @Test
    void helpOpenedOverAboutWithF1LeavesAboutInChargeWhenItCloses() throws Exception {
        LearnerRobot ben = startWithOneLearner("Ben", "cat", "10-12", "en", module("grooming-10-12"));
        ben.waitFor("#learner-1");
        clickOn("#displayMenu");
        clickOn("#about");
        ben.waitFor("#closeAbout");
        Node frame = lookup(".main-frame").query();
        assertThat(frame.isDisabled()).as("About holds the frame").isTrue();

        type(KeyCode.F1);
        ben.waitFor("#closeHelp");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ben.showing("#helpOverlay")).isFalse();
        assertThat(ben.showing("#aboutOverlay")).as("About is still open").isTrue();
        assertThat(frame.isDisabled()).as("the frame behind About stays out of reach").isTrue();
        assertThat(lookup("#closeAbout").query().isFocused()).as("focus goes back into About").isTrue();

        clickOn("#closeAbout");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ben.showing("#aboutOverlay")).isFalse();
        assertThat(frame.isDisabled()).isFalse();
    }
}
