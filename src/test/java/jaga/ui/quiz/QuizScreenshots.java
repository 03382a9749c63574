package jaga.ui.quiz;

import atlantafx.base.theme.PrimerLight;
import jaga.content.Choice;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.FlagMessage;
import jaga.content.Question;
import jaga.learning.LearningService;
import jaga.learning.Response;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.Database;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import jaga.ui.common.Background;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.shell.MainWindow;
import jaga.ui.speech.ReadAloud;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a test: draws the quiz's practice screens on a real display (run under Xvfb) at 1024x768,
 * both languages, 100% and 200% text and high contrast, and writes PNGs to look at: a partly right
 * pick-all, a flags answer with a false flag, matching before and after pairing, the result and
 * the review of what was missed, and an answer that could not be saved. A 7-9 learner, so speaker buttons show (a silent engine).
 * Usage: java ... jaga.ui.quiz.QuizScreenshots OUT_DIR
 */
public final class QuizScreenshots {
    private static final String MODULE = "images-7-9";

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        ContentCatalog catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
        Platform.startup(() -> { });
        Stage[] stageHolder = new Stage[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stageHolder[0] = new Stage();
            stageHolder[0].show();
        });
        String[] states = {"partly", "flags", "matching-before", "matching-after", "matching-checked", "result", "review",
                "review-flags", "save-failed"};
        String[][] looks = {{"en", "100", "false"}, {"ms", "100", "false"}, {"en", "200", "false"}, {"ms", "200", "false"},
                {"en", "100", "true"}};
        for (String[] look : looks) {
            for (String state : states) {
                Scene[] scene = new Scene[1];
                onFx(() -> scene[0] = prepare(stageHolder[0], catalog, look, state));
                Thread.sleep(500);
                onFx(() -> scrollToEnd(scene[0], state));
                Thread.sleep(300);
                onFx(() -> write(scene[0], out, look, state));
            }
        }
        Platform.exit();
    }

    interface FxWork {
        void run() throws Exception;
    }

    private static void onFx(FxWork work) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                latch.countDown();
            }
        });
        latch.await();
    }

    private static Scene prepare(Stage stage, ContentCatalog catalog, String[] look, String state) throws Exception {
        Path data = Files.createTempDirectory("quiz-shot");
        DisplaySettings display = DisplaySettings.load(data);
        display.textSizeProperty().set(Integer.parseInt(look[1]));
        display.highContrastProperty().set(Boolean.parseBoolean(look[2]));
        I18n i18n = new I18n();
        i18n.setLanguage(look[0]);
        Navigator navigator = new Navigator();
        MainWindow window = new MainWindow(navigator, new Session(), i18n, display, catalog::resources, () -> { }, () -> { });
        Scene scene = new Scene(window, 1024, 768);
        scene.getStylesheets().add(QuizScreenshots.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        if (display.highContrastProperty().get()) {
            scene.getStylesheets().add(QuizScreenshots.class.getResource("/jaga/ui/theme/jaga-high-contrast.css").toExternalForm());
        }
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", display.fontPixels()));
        ContentModule module = catalog.module(MODULE).orElseThrow();
        RealServices services = RealServices.open(catalog, data);
        Database database = services.database;
        LearningService learning = services.learning;
        var learner = learning.addLearner("Nurul", "rabbit", Band.AGES_7_9, Language.parse(look[0]));
        QuizViewModel model = new QuizViewModel(learning.startQuiz(learner, module), Background.direct(), () -> { }, () -> { });
        ReadAloud readAloud = new ReadAloud(jaga.speech.FakeSpeechEngine.bothLanguages(), Platform::runLater);
        QuizView view = new QuizView(model, i18n, readAloud);
        navigator.show(view);
        stage.setScene(scene);
        stage.setWidth(1024);
        stage.setHeight(768);
        switch (state) {
            case "partly" -> {
                Question.Multiple multiple = until(scene, model, Question.Multiple.class);
                fire(scene, "#choice-" + multiple.choices().stream().filter(Choice::correct).findFirst().orElseThrow().id());
                fire(scene, "#choice-" + multiple.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
                fire(scene, "#checkAnswer");
            }
            case "flags" -> {
                Question.SpotTheFlags flags = until(scene, model, Question.SpotTheFlags.class);
                FlagMessage fine = flags.messages().stream().filter(m -> !m.flag()).findFirst().orElseThrow();
                fire(scene, "#flag-" + flags.messages().stream().filter(FlagMessage::flag).findFirst().orElseThrow().id());
                fire(scene, "#flag-" + fine.id());
                fire(scene, "#checkAnswer");
            }
            case "matching-before", "matching-after", "matching-checked" -> {
                Question.Matching matching = until(scene, model, Question.Matching.class);
                if (!state.equals("matching-before")) {
                    List<Question.Pair> pairs = matching.pairs();
                    fire(scene, "#left-" + pairs.get(0).id());
                    fire(scene, "#right-" + pairs.get(0).id());
                    fire(scene, "#left-" + pairs.get(1).id());
                    fire(scene, "#right-" + pairs.get(2).id());
                    if (state.equals("matching-checked")) {
                        fire(scene, "#left-" + pairs.get(2).id());
                        fire(scene, "#right-" + pairs.get(1).id());
                        fire(scene, "#checkAnswer");
                    } else {
                        fire(scene, "#left-" + pairs.get(2).id()); // chosen, its match not yet picked
                    }
                }
            }
            case "result", "review", "review-flags" -> {
                while (model.resultProperty().get() == null) {
                    Question question = model.questionBinding().get();
                    answer(scene, question, question instanceof Question.TrueFalse || question instanceof Question.Multiple
                            || question instanceof Question.SpotTheFlags ? wrong(question) : right(question));
                }
                if (!state.equals("result")) {
                    fire(scene, "#reviewMissed");
                }
                if (state.equals("review-flags")) {
                    for (int i = 0; i < 10 && !(scene.lookup("#flag-body") != null && scene.lookup("#flag-body").isVisible()); i++) {
                        fire(scene, "#reviewNext");
                    }
                }
            }
            case "save-failed" -> {
                database.close(); // the progress file went away: the answer cannot be saved
                answer(scene, model.questionBinding().get(), right(model.questionBinding().get()));
            }
            default -> { }
        }
        return scene;
    }

    /** Answers rightly until a question of the type shows. */
    private static <Q extends Question> Q until(Scene scene, QuizViewModel model, Class<Q> type) {
        while (!type.isInstance(model.questionBinding().get())) {
            answer(scene, model.questionBinding().get(), right(model.questionBinding().get()));
        }
        return type.cast(model.questionBinding().get());
    }

    /** Gives the answer on screen, as a child would, checks it and goes on. */
    private static void answer(Scene scene, Question question, Response response) {
        if (response instanceof Response.Choices choices) {
            choices.choiceIds().forEach(id -> fire(scene, "#choice-" + id));
        } else if (response instanceof Response.TrueOrFalse value) {
            fire(scene, value.value() ? "#answer-true" : "#answer-false");
        } else if (response instanceof Response.Matches matches) {
            matches.rightByLeft().forEach((left, right) -> {
                fire(scene, "#left-" + left);
                fire(scene, "#right-" + right);
            });
        } else if (response instanceof Response.Flags flags) {
            flags.messageIds().forEach(id -> fire(scene, "#flag-" + id));
        }
        fire(scene, "#checkAnswer");
        fire(scene, "#nextQuestion");
    }

    private static Response right(Question question) {
        if (question instanceof Question.HasChoices choices) {
            return new Response.Choices(choices.choices().stream().filter(Choice::correct).map(Choice::id)
                    .collect(Collectors.toSet()));
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            return new Response.TrueOrFalse(trueFalse.answer());
        }
        if (question instanceof Question.Ordering ordering) {
            return new Response.Order(ordering.items().stream().map(Question.Item::id).toList());
        }
        if (question instanceof Question.Matching matching) {
            return new Response.Matches(matching.pairs().stream().collect(Collectors.toMap(Question.Pair::id, Question.Pair::id)));
        }
        return new Response.Flags(((Question.SpotTheFlags) question).messages().stream().filter(FlagMessage::flag)
                .map(FlagMessage::id).collect(Collectors.toSet()));
    }

    private static Response wrong(Question question) {
        if (question instanceof Question.Multiple multiple) {
            return new Response.Choices(Set.of(multiple.choices().stream().filter(Choice::correct).findFirst().orElseThrow().id()));
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            return new Response.TrueOrFalse(!trueFalse.answer());
        }
        Question.SpotTheFlags flags = (Question.SpotTheFlags) question;
        return new Response.Flags(Set.of(flags.messages().stream().filter(FlagMessage::flag).findFirst().orElseThrow().id(),
                flags.messages().stream().filter(m -> !m.flag()).findFirst().orElseThrow().id()));
    }

    private static void fire(Scene scene, String query) {
        scene.getRoot().applyCss(); // scroll panes make their content's skin on the first layout
        scene.getRoot().layout();
        Node node = scene.lookup(query);
        if (node == null) {
            java.util.List<String> ids = new java.util.ArrayList<>();
            collect(scene.getRoot(), ids);
            throw new IllegalStateException("nothing matches " + query + " in " + ids);
        }
        ((ButtonBase) node).fire();
    }

    private static void collect(Node node, java.util.List<String> ids) {
        if (node.getId() != null) {
            ids.add(node.getId());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, ids));
        }
    }

    /** After checking, the feedback is what a child looks at: scroll down to it. */
    private static void scrollToEnd(Scene scene, String state) {
        if (state.equals("partly") || state.equals("flags") || state.equals("matching-checked")
                || state.equals("save-failed")) {
            scene.getRoot().lookupAll(".screen-scroll").forEach(node -> {
                if (node.isVisible()) {
                    ((ScrollPane) node).setVvalue(state.equals("flags") ? 0.6 : state.equals("matching-checked") ? 0.45 : 1);
                }
            });
        }
    }

    private static void write(Scene scene, Path out, String[] look, String state) throws Exception {
        WritableImage image = scene.snapshot(null);
        BufferedImage buffered = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        String name = String.join("-", state, look[0], look[1], look[2].equals("true") ? "hc" : "std") + ".png";
        ImageIO.write(buffered, "png", out.resolve(name).toFile());
    }
}
