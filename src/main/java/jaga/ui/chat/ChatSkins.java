package jaga.ui.chat;

import jaga.content.ChatSkin;
import jaga.content.Participant;
import jaga.content.Step;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The look of a chat, by its skin: a private message, a game lobby's chat, a class group with its
 * name and members, or the comments under a short video. Each looks like the kind of place
 * children chat, without copying any app's brand. The chat view asks for the header and hands
 * over its phone frame; everything else (messages, replies, feedback) works the same in every skin.
 */
public final class ChatSkins {
    private static final String STYLESHEET = Objects.requireNonNull(
            ChatSkins.class.getResource("/jaga/ui/chat/chat-skins.css")).toExternalForm();
    private static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");
    private static final int FACES_SHOWN = 5;

    private ChatSkins() {}

    /** The style class of a skin, e.g. "chat-skin-game-lobby". */
    public static String styleClass(ChatSkin skin) {
        return "chat-skin-" + ChatSkin.orDefault(skin).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Dresses the chat's frame in its skin; the frame follows the high-contrast setting while it
     * shows (display may be null where there is none).
     */
    public static void dress(Region frame, Step.Chat chat, DisplaySettings display) {
        if (!frame.getStylesheets().contains(STYLESHEET)) {
            frame.getStylesheets().add(STYLESHEET);
        }
        frame.getStyleClass().add(styleClass(chat.look()));
        if (display != null) {
            frame.pseudoClassStateChanged(HIGH_CONTRAST, display.highContrastProperty().get());
            // Held by the frame, weakly by the setting: a chat that has gone does not stay in memory.
            javafx.beans.value.ChangeListener<Boolean> follow = (obs, old, on) -> frame.pseudoClassStateChanged(HIGH_CONTRAST, on);
            frame.getProperties().put(ChatSkins.class, follow);
            display.highContrastProperty().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        }
    }

    /** The bar at the top of the chat: who, or which group, game or video, it is. */
    public static Node header(Step.Chat chat, I18n i18n) {
        List<Participant> others = chat.participants().stream().filter(p -> !p.me()).toList();
        HBox header = new HBox();
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("phone-header");
        header.setId("chatHeader");
        switch (chat.look()) {
            case PRIVATE_MESSAGE -> {
                if (!others.isEmpty()) {
                    Participant other = others.get(0);
                    header.getChildren().addAll(PersonaFaces.face(other, 32), title(i18n.in(other.name()),
                            others.size() > 1 ? i18n.get("chat.skin.people", others.size() + 1) : i18n.get("chat.skin.private")));
                }
            }
            case GAME_LOBBY -> header.getChildren().addAll(icon("mdi2g-gamepad-variant"),
                    title(place(chat, i18n, "chat.skin.gameLobby"), i18n.get("chat.skin.players", others.size() + 1)),
                    faces(others));
            case CLASS_GROUP -> header.getChildren().addAll(icon("mdi2a-account-group"),
                    title(place(chat, i18n, "chat.skin.classGroup"), i18n.get("chat.skin.members", others.size() + 1)),
                    faces(others));
            case VIDEO_COMMENTS -> {
                FontIcon play = icon("mdi2p-play-circle");
                play.getStyleClass().add("video-play");
                Label comments = new Label(i18n.get("chat.skin.comments"));
                comments.getStyleClass().add("video-comments-label");
                VBox video = new VBox(play, title(place(chat, i18n, "chat.skin.video"), null));
                video.setAlignment(Pos.CENTER);
                video.getStyleClass().add("video-frame");
                VBox stack = new VBox(video, comments);
                stack.setFillWidth(true);
                HBox.setHgrow(stack, javafx.scene.layout.Priority.ALWAYS);
                header.getChildren().add(stack);
            }
        }
        header.setAccessibleRole(AccessibleRole.TEXT);
        header.setAccessibleText(header.lookupAll(".phone-name").stream().map(n -> ((Label) n).getText())
                .reduce((a, b) -> a + ", " + b).orElse(""));
        return header;
    }

    private static String place(Step.Chat chat, I18n i18n, String fallbackKey) {
        return chat.place() != null ? i18n.in(chat.place()) : i18n.get(fallbackKey);
    }

    private static FontIcon icon(String code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add("chat-skin-icon");
        return icon;
    }

    private static VBox title(String name, String detail) {
        Label title = new Label(name);
        title.setWrapText(true);
        title.getStyleClass().add("phone-name");
        VBox box = new VBox(title);
        if (detail != null) {
            Label more = new Label(detail);
            more.setWrapText(true);
            more.getStyleClass().addAll("phone-name", "phone-detail");
            box.getChildren().add(more);
        }
        HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** A row of the members' faces, overlapping a little, as group chats show them. */
    private static HBox faces(List<Participant> others) {
        HBox faces = new HBox();
        faces.getStyleClass().add("chat-skin-faces");
        others.stream().limit(FACES_SHOWN).forEach(p -> faces.getChildren().add(PersonaFaces.face(p, 28)));
        faces.setMinWidth(Region.USE_PREF_SIZE);
        return faces;
    }
}
