package jaga.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ChatSkin;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.LocalizedText;
import jaga.content.Personas;
import jaga.content.Picture;
import jaga.content.Step;
import jaga.testing.Modules;
import jaga.ui.about.AboutPanel;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.lesson.steps.StepContext;
import jaga.ui.lesson.steps.StepViews;
import jaga.ui.picture.Pictures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures and faces on screen: a chat in each skin shows its place, members and persona faces
 * (never a learner's animal); a lesson picture loads in the background and says what it shows;
 * the About panel lists the art's licences in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class PicturesAndSkinsTest {
    private static ContentCatalog catalog;

    @TempDir
    static Path dataFolder;

    private final I18n i18n = new I18n();
    private StackPane host;
    private DisplaySettings display;

    @BeforeAll
    static void loadContent() {
        catalog = new ContentLoader().load(List.of(Modules.bundledContent()));
    }

    @Start
    void start(Stage stage) {
        display = DisplaySettings.load(dataFolder);
        host = new StackPane();
        Scene scene = new Scene(host, 1024, 768);
        scene.getStylesheets().add(PicturesAndSkinsTest.class.getResource("/jaga/ui/theme/jaga.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private ContentModule module(String id) {
        return catalog.module(id).orElseThrow();
    }

    private <T extends Step> T step(String module, String id, Class<T> type) {
        return module(module).lessons().stream().flatMap(lesson -> lesson.steps().stream())
                .filter(step -> step.id().equals(id)).map(type::cast).findFirst().orElseThrow();
    }

    private Node show(String module, Step step, FxRobot robot) {
        StepContext context = new StepContext(i18n, catalog.resources(), catalog.folderOf(module(module)), display, (c, choice) -> { });
        Node[] shown = new Node[1];
        robot.interact(() -> {
            shown[0] = StepViews.create(step, context).node();
            host.getChildren().setAll(new VBox(shown[0]));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }

    private static List<String> texts(Node root) {
        return root.lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void aClassGroupChatShowsItsNameItsMembersAndTheirFaces(FxRobot robot) {
        Step.Chat chat = step("cyberbullying-7-9", "help-siti", Step.Chat.class);
        assertThat(chat.look()).isEqualTo(ChatSkin.CLASS_GROUP);

        Node shown = show("cyberbullying-7-9", chat, robot);

        assertThat(shown.lookup(".phone").getStyleClass()).contains("chat-skin-class-group");
        assertThat(texts(shown.lookup("#chatHeader"))).contains(i18n.in(chat.place()), "3 members");
        // Rizal and Siti in the header: persona pictures; nowhere in the chat a learner's animal.
        assertThat(shown.lookup("#chatHeader").lookupAll(".persona-picture")).hasSize(2);
        assertThat(shown.lookupAll(".avatar")).isEmpty();

        robot.interact(() -> i18n.setLanguage("ms"));
        Node inMalay = show("cyberbullying-7-9", chat, robot);
        assertThat(texts(inMalay.lookup("#chatHeader"))).contains(chat.place().in("ms"), "3 ahli");
        robot.interact(() -> i18n.setLanguage("en"));
    }

    @Test
    void eachSkinHasItsOwnLookAndHeader(FxRobot robot) {
        Step.Chat lobby = step("grooming-7-9", "bluepanda-chat", Step.Chat.class);
        assertThat(lobby.look()).isEqualTo(ChatSkin.GAME_LOBBY);
        for (ChatSkin skin : ChatSkin.values()) {
            Step.Chat chat = new Step.Chat(lobby.id(), lobby.intro(), lobby.participants(), lobby.start(), lobby.nodes(),
                    skin, skin == ChatSkin.PRIVATE_MESSAGE ? null : LocalizedText.of("Funny cats", "Kucing lucu"));

            Node shown = show("grooming-7-9", chat, robot);

            assertThat(shown.lookup(".phone").getStyleClass()).as(skin.name()).contains(ChatSkins.styleClass(skin));
            // A few pulses later the header is still a header (an icon sized in em once grew with every CSS pass).
            for (int pulse = 0; pulse < 5; pulse++) {
                robot.sleep(50);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertThat(shown.lookup("#chatHeader").getLayoutBounds().getHeight()).as(skin.name()).isLessThan(200);
            assertThat(shown.lookup(".phone").getLayoutBounds().getWidth()).as(skin.name()).isLessThanOrEqualTo(640);
            List<String> header = texts(shown.lookup("#chatHeader"));
            switch (skin) {
                case PRIVATE_MESSAGE -> assertThat(header).containsExactly("BluePanda", "Private message");
                case GAME_LOBBY -> assertThat(header).containsExactly("Funny cats", "2 players");
                case CLASS_GROUP -> assertThat(header).containsExactly("Funny cats", "2 members");
                case VIDEO_COMMENTS -> assertThat(header).containsExactly("Funny cats", "Comments");
            }
        }
    }

    @Test
    void everyPersonaHasItsPicture() throws Exception {
        for (String persona : Personas.ALL) {
            Image image = Pictures.art("personas/" + persona + ".png").orElseThrow(() -> new AssertionError(persona));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> image.getProgress() >= 1.0);
            assertThat(image.isError()).as(persona).isFalse();
            assertThat(image.getWidth()).as(persona).isEqualTo(128);
        }
        assertThat(Pictures.art("mascot.png")).isPresent();
        assertThat(Pictures.art("personas/rabbit.png")).isEmpty();
    }

    @Test
    void aLessonPictureLoadsInTheBackgroundAndSaysWhatItShows(FxRobot robot) throws Exception {
        Step.Text text = step("grooming-7-9", "meet-siti", Step.Text.class);

        Node shown = show("grooming-7-9", text, robot);

        ImageView view = (ImageView) shown.lookup("#lessonPicture").lookup(".image-view");
        Image image = view.getImage();
        assertThat(image.isBackgroundLoading()).as("decoded off the JavaFX thread").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> image.getProgress() >= 1.0);
        assertThat(image.isError()).isFalse();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(view.getParent().getAccessibleText()).isEqualTo(text.picture().alt().in("en"));
        assertThat(shown.lookup("#stepBody")).as("the words are still there, below").isNotNull();
    }

    @Test
    void aPictureThatCannotBeShownIsReplacedByItsWords(FxRobot robot) {
        Step.Text text = new Step.Text("broken", LocalizedText.of("Words.", "Kata-kata."),
                new Picture("pictures/not-there.png", LocalizedText.of("A cake for the teacher.", "Kek untuk cikgu.")));

        Node shown = show("grooming-7-9", text, robot);

        assertThat(shown.lookup("#lessonPicture").lookup(".image-view")).isNull();
        assertThat(texts(shown.lookup("#lessonPicture"))).containsExactly("A cake for the teacher.");
    }

    @Test
    void aboutListsThePicturesLicencesInBothLanguagesAndEscCloses(FxRobot robot) {
        VBox behind = new VBox();
        int[] closed = new int[1];
        robot.interact(() -> {
            host.getChildren().setAll(behind);
            AboutPanel.show(host, behind, i18n, null, () -> closed[0]++);
        });
        String credits = String.join("\n", texts(robot.lookup("#aboutCredits").query()));
        assertThat(credits).contains("Twemoji", "CC BY 4.0", "content/art/LICENCES.md");
        assertThat(behind.isDisabled()).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutOverlay").tryQuery()).isEmpty();
        assertThat(closed[0]).isEqualTo(1);
        assertThat(behind.isDisabled()).isFalse();

        robot.interact(() -> {
            i18n.setLanguage("ms");
            AboutPanel.show(host, behind, i18n, null, () -> closed[0]++);
        });
        String malay = String.join("\n", texts(robot.lookup("#aboutCredits").query()));
        assertThat(malay).contains("Twemoji", "dilesenkan", "CC BY 4.0");
        robot.interact(() -> i18n.setLanguage("en"));
    }
}
