package jaga.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ChatNode;
import jaga.content.Choice;
import jaga.content.ContentModule;
import jaga.content.FlagMessage;
import jaga.content.Question;
import jaga.content.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plays Jaga the way a careful child would: reads each step, practises in the chats and
 * red-flag threads, and answers every question type correctly, by mouse or by keyboard only.
 * It knows the right answers from the module, so journeys keep working as lessons change.
 * Public for the lesson memory measurement ({@code jaga.bench.LessonMemory}), which plays a module too.
 */
public final class LearnerRobot {
    private final FxRobot robot;
    private final ContentModule module;
    private boolean keyboardOnly;

    public LearnerRobot(FxRobot robot, ContentModule module) {
        this.robot = robot;
        this.module = module;
    }

    LearnerRobot keyboardOnly() {
        this.keyboardOnly = true;
        return this;
    }

    /** Learner 1 taps their picture on "Who is learning?" and opens the module on My lessons. */
    void opensTheModule() {
        press("#learner-1");
        press("#open-" + module.id());
    }

    // ---- waiting and reading ------------------------------------------------------------------

    /** Database and file work runs on a worker thread, so wait for the screen it leads to. */
    public void waitFor(String query) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> robot.lookup(query).queryAll().stream().anyMatch(LearnerRobot::onScreen));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("nothing matching " + query + " appeared", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean showing(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAll().stream().anyMatch(LearnerRobot::onScreen);
    }

    /** Shown to a person: in a window, and neither it nor any parent hidden. */
    static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return true;
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Presses a control: a click, or for a keyboard-only child, Tab to it and Space. */
    public void press(String query) {
        waitFor(query);
        if (keyboardOnly) {
            Node target = robot.lookup(query).query();
            tabTo(target);
            robot.type(KeyCode.SPACE);
        } else {
            // A child scrolls down to a button below the fold before tapping it.
            Node target = robot.lookup(query).query();
            robot.interact(() -> jaga.ui.common.Focus.scrollIntoView(target));
            robot.clickOn(target);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves focus with Tab until it reaches the node, as a keyboard user would. */
    void tabTo(Node target) {
        for (int presses = 0; presses < 80; presses++) {
            Node focused = target.getScene().getFocusOwner();
            if (focused == target) {
                return;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached " + target.getId() + ": not reachable by keyboard");
    }

    // ---- lessons ------------------------------------------------------------------------------

    /** Works through every remaining step of the module's lessons until the quiz opens. */
    public void finishLessons() {
        waitFor("#stepBody");
        for (int guard = 0; guard < 200 && !showing("#questionOf"); guard++) {
            Node body = robot.lookup("#stepBody").query();
            if (body.getStyleClass().contains("chat-step")) {
                playChat();
            } else if (body.getStyleClass().contains("flags-step")) {
                markFlags(currentFlagsStep().messages());
                press("#checkFlags");
                waitFor("#flagsResult");
            } else if (body.getStyleClass().contains("check-step")) {
                answer(checkQuestion());
                press("#checkAnswer");
                waitFor("#verdict");
            }
            press("#nextStep");
        }
        waitFor("#questionOf");
    }

    /** Picks safe replies until the chat ends. */
    void playChat() {
        for (int guard = 0; guard < 40; guard++) {
            waitForAny(".chat-reply", "#chatAgain");
            if (showing("#chatAgain")) {
                return;
            }
            List<Node> replies = new ArrayList<>(robot.lookup(".chat-reply").queryAll());
            Node pick = replies.stream().filter(reply -> isSafe(reply.getId().substring("reply-".length())))
                    .findFirst().orElse(replies.get(0));
            press("#" + pick.getId());
        }
        throw new AssertionError("the chat never ended");
    }

    private void waitForAny(String... queries) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> Stream.of(queries).anyMatch(q -> robot.lookup(q).queryAll().stream().anyMatch(LearnerRobot::onScreen)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("none of " + String.join(", ", queries) + " appeared", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean isSafe(String choiceId) {
        return steps().filter(Step.Chat.class::isInstance).map(Step.Chat.class::cast)
                .flatMap(chat -> chat.nodes().stream())
                .filter(node -> node.choices() != null).flatMap(node -> node.choices().stream())
                .filter(choice -> choice.id().equals(choiceId)).anyMatch(ChatNode.ChatChoice::safe);
    }

    private Stream<Step> steps() {
        return module.lessons().stream().flatMap(lesson -> lesson.steps().stream());
    }

    private Step.SpotTheFlags currentFlagsStep() {
        String firstMessage = robot.lookup(".flag-toggle").queryAs(Labeled.class).getText();
        return steps().filter(Step.SpotTheFlags.class::isInstance).map(Step.SpotTheFlags.class::cast)
                .filter(step -> step.messages().stream().anyMatch(m -> m.text().in("en").equals(firstMessage)
                        || m.text().in("ms").equals(firstMessage)))
                .findFirst().orElseThrow();
    }

    private Question checkQuestion() {
        String prompt = text("#questionPrompt");
        return steps().filter(Step.Check.class::isInstance).map(step -> ((Step.Check) step).question())
                .filter(question -> matches(question, prompt)).findFirst().orElseThrow();
    }

    // ---- questions ----------------------------------------------------------------------------

    /** Answers every question of the quiz correctly and returns the result line. */
    public String answerQuizCorrectly() {
        for (int guard = 0; guard < 50; guard++) {
            waitFor("#questionPrompt");
            Question question = quizQuestion(text("#questionPrompt"));
            answer(question);
            press("#checkAnswer");
            waitFor("#verdict");
            assertThat(text("#verdict")).as(question.id()).isIn("That's right!", "Betul!");
            String nextLabel = text("#nextQuestion");
            press("#nextQuestion");
            if (nextLabel.equals("See my result") || nextLabel.equals("Lihat keputusan saya")) {
                waitFor("#resultScore");
                return text("#resultScore");
            }
        }
        throw new AssertionError("the quiz never ended");
    }

    Question quizQuestion(String prompt) {
        return module.quiz().questions().stream().filter(question -> matches(question, prompt)).findFirst()
                .orElseThrow(() -> new AssertionError("no question with the prompt " + prompt));
    }

    private static boolean matches(Question question, String prompt) {
        return question.prompt().in("en").equals(prompt) || question.prompt().in("ms").equals(prompt);
    }

    void answer(Question question) {
        if (question instanceof Question.Single || question instanceof Question.Multiple) {
            for (Choice choice : ((Question.HasChoices) question).choices()) {
                if (choice.correct()) {
                    press("#choice-" + choice.id());
                }
            }
        } else if (question instanceof Question.TrueFalse trueFalse) {
            press(trueFalse.answer() ? "#answer-true" : "#answer-false");
        } else if (question instanceof Question.Ordering ordering) {
            putInOrder(ordering);
        } else if (question instanceof Question.Matching matching) {
            for (Question.Pair pair : matching.pairs()) {
                pick(pair);
            }
        } else {
            markFlags(((Question.SpotTheFlags) question).messages());
        }
    }

    private void markFlags(List<FlagMessage> messages) {
        for (FlagMessage message : messages) {
            if (message.flag()) {
                press("#flag-" + message.id());
            }
        }
    }

    /** Moves each item up to its place: with the arrow buttons, or Alt+Up on the focused row. */
    private void putInOrder(Question.Ordering ordering) {
        for (int target = 0; target < ordering.items().size(); target++) {
            String id = ordering.items().get(target).id();
            while (currentOrder().indexOf(id) > target) {
                if (keyboardOnly) {
                    tabTo(robot.lookup("#item-" + id).query());
                    robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
                    WaitForAsyncUtils.waitForFxEvents();
                } else {
                    robot.clickOn("#up-" + id);
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
        }
        assertThat(currentOrder()).isEqualTo(ordering.items().stream().map(Question.Item::id).toList());
    }

    private List<String> currentOrder() {
        return robot.lookup(".ordering-row").queryAll().stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(node -> (String) node.getUserData()).filter(Objects::nonNull).toList();
    }

    /** Tap-to-pair: the item, then its match (by Tab and Space for a keyboard-only child). */
    void pick(Question.Pair pair) {
        press("#left-" + pair.id());
        press("#right-" + pair.id());
        assertThat(text("#paired-" + pair.id())).isIn(pair.right().in("en"), pair.right().in("ms"));
    }
}
