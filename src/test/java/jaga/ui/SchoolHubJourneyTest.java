package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.progress.hub.HubFixture;
import jaga.progress.hub.PcProcess;
import jaga.testing.NetworkGuard;
import jaga.testing.ThrowawayPostgres;
import jaga.ui.adult.ProgressViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A school with a hub: Aina took the scams quiz on lab PC 01 and Ben on lab PC 02 (each a Jaga
 * in its own JVM with its own data folder, paired with the hub). The teacher's laptop has never
 * seen either child: the teacher sets the PIN, pairs the laptop on the School hub page, and
 * Progress shows both children's results, for every child and for their class. The status line at
 * the foot of the screen says the work is saved and sent, in English and in Bahasa Melayu.
 *
 * <p>The hub is a throwaway PostgreSQL on the loopback address; the network guard lets the app
 * reach that one port and nothing else.
 */
class SchoolHubJourneyTest extends JourneyTestBase {
    private static final String MODULE = "scams-10-12";
    private static ThrowawayPostgres server;
    private static String hubUrl;

    @BeforeAll
    static void startTheSchoolHub() {
        server = NetworkGuard.onLoopbackOnly(ThrowawayPostgres::start);
        NetworkGuard.allowLoopbackPort(server.port());
        hubUrl = HubFixture.freshHub(server, "school");
    }

    @AfterAll
    static void stopTheSchoolHub() {
        if (server != null) {
            NetworkGuard.onLoopbackOnly(() -> {
                server.close();
                return null;
            });
        }
    }

    @Test
    void aTeacherPairsTheLaptopAndSeesTheWholeClassFromTwoLabPcs(@TempDir Path labPcs) throws Exception {
        String pair = "pair " + hubUrl + " " + HubFixture.PC_USER + " " + HubFixture.PC_PASSWORD;
        try (PcProcess pc01 = PcProcess.start(labPcs.resolve("pc01"));
             PcProcess pc02 = PcProcess.start(labPcs.resolve("pc02"))) {
            // PC 01: the class list came in here; Aina answers every question right.
            pc01.expect(pair, "paired 0");
            String aina = pc01.expect("add Aina 10-12 5_Amanah", "committed learner").split(" ")[2];
            quiz(pc01, aina, List.of());
            pc01.expect("push", "pushed");

            // PC 02 gets the class from the hub; Ben joins it there and misses two questions.
            pc02.expect(pair, "paired 0");
            pc02.expect("bring 0", "brought FROM_HUB");
            String ben = pc02.expect("add Ben 10-12 5_Amanah", "committed learner").split(" ")[2];
            quiz(pc02, ben, List.of("won-gems", "bank-asks-otp"));
            pc02.expect("push", "pushed");
        }

        startApp();
        LearnerRobot teacher = new LearnerRobot(this, null);
        teacher.waitFor("#setUpPin-pin");
        teacher.press("#openAdultArea");
        teacher.waitFor(".adult-screen");
        pinSetUpAndRecoveryCodeNoted(teacher, "482913");

        // School hub: address, user and password as the technician wrote them down, then Check and pair.
        teacher.press("#adultSection-hub");
        teacher.waitFor("#hubForm");
        assertThat(teacher.showing("#hubPaired")).isFalse();
        assertThat(teacher.showing("#hubStatus")).as("no status line before pairing").isFalse();
        replaceText("#hubUrl", hubUrl);
        replaceText("#hubUser", HubFixture.PC_USER);
        clickOn("#hubPassword").write(HubFixture.PC_PASSWORD);
        teacher.press("#pairHub");

        teacher.waitFor("#hubPaired");
        assertThat(teacher.showing("#hubForm")).isFalse();
        assertThat(teacher.text("#hubPairedTo")).isEqualTo("Hub: " + hubUrl + " (user jaga_lab)");
        assertThat(teacher.text("#hubNotice")).startsWith("Paired with " + hubUrl + ".");
        assertThat(teacher.text("#hubLastSent")).startsWith("Last sent to the hub: ");
        assertThat(lookup("#hubPassword").queryAs(PasswordField.class).getText()).as("the password is not kept on screen")
                .isEmpty();

        // Straight to Progress: every child, then the class, with the results they got on the other PCs.
        teacher.press("#adultSection-family");
        waitUntil("the children's cards", () -> String.join(", ", texts(".progress-card .card-title")), "Aina, Ben");
        ComboBox<ProgressViewModel.Scope> scope = lookup("#progressScope").queryComboBox();
        ProgressViewModel.Scope amanah = scope.getItems().stream()
                .filter(s -> s instanceof ProgressViewModel.Scope.OneClass c && c.name().equals("5 Amanah"))
                .findFirst().orElseThrow(() -> new AssertionError("5 Amanah is not offered: " + scope.getItems()));
        interact(() -> scope.getSelectionModel().select(amanah));
        teacher.waitFor("#classGrid");
        assertThat(texts("#classGrid .learner-link")).containsExactly("Aina", "Ben");
        String scams = module(MODULE).title().in("en");
        assertThat(lookup("#classGrid .class-grid-cell").queryAll().stream().map(Node::getAccessibleText).toList())
                .contains("Aina, " + scams + ": \u2713 100%", "Ben, " + scams + ": \u2713 80%");

        // At the foot of the screen: saved here and sent, in the teacher's language and then in Malay.
        waitUntil("the status line", () -> teacher.showing("#hubStatus") ? teacher.text("#hubStatusText") : "",
                "Saved on this computer \u00b7 sent to the class computer");
        teacher.press("#toggleLanguage");
        waitUntil("the status line in Malay", () -> teacher.text("#hubStatusText"),
                "Disimpan dalam komputer ini \u00b7 sudah dihantar ke komputer kelas");
    }

    /** A child's quiz on a lab PC: ten answers, each right unless listed as missed, then the score. */
    private static void quiz(PcProcess pc, String learner, List<String> missed) {
        String attempt = pc.expect("attempt " + learner + " " + MODULE, "committed attempt").split(" ")[2];
        List<String> questions = List.of("won-gems", "phishing-signs", "bank-asks-otp", "code-by-mistake", "trade-flags",
                "aisyah-fake-page", "who-helps", "strongest-quiz", "two-step-true", "hafiz-feels-silly");
        for (String question : questions) {
            boolean right = !missed.contains(question);
            String response = switch (question) {
                case "won-gems" -> right ? "open-game" : "log-in-fast";
                case "bank-asks-otp", "two-step-true" -> Boolean.toString(right == question.equals("two-step-true"));
                default -> "a";
            };
            pc.expect("answer " + attempt + " " + question + " " + response + " " + (right ? "1.0" : "0.0"), "committed");
        }
        int score = 100 * (questions.size() - missed.size()) / questions.size();
        pc.expect("finish " + attempt + " " + score + " true", "committed");
    }

    private void replaceText(String query, String text) {
        TextField field = lookup(query).queryAs(TextField.class);
        clickOn(field);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        assertThat(field.getText()).isEqualTo(text);
    }

    private List<String> texts(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).queryAll().stream().filter(LearnerRobot::onScreen).map(n -> ((Labeled) n).getText()).toList();
    }

    /** The hub is reached off the JavaFX thread: waits until {@code shown} says {@code expected}. */
    private static void waitUntil(String what, Supplier<String> shown, String expected) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> expected.equals(shown.get()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + ": expected \"" + expected + "\" but was \"" + shown.get() + "\"", e);
        }
    }
}
