package jaga.ui.path;

import jaga.content.ContentModule;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The badge shelf a child opens from home: a named medal for every module passed, and an empty
 * place with a lock for each still to earn, so they can see what comes next. Close at the top, or Esc.
 */
public final class BadgeShelf {
    private BadgeShelf() {}

    /**
     * @param modules the modules this learner is shown, in home's order
     * @param earned  the modules they have a badge for
     * @param close   takes the shelf away again
     */
    public static Node create(List<ContentModule> modules, List<ContentModule> earned, I18n i18n, Runnable close) {
        Label title = new Label(i18n.get("badges.title"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wraps onto more lines instead of being cut short
        Button closeButton = new Button(i18n.get("badges.close"));
        closeButton.setId("closeBadges");
        closeButton.getStyleClass().addAll("accent", "big-button");
        closeButton.setMinWidth(Region.USE_PREF_SIZE);
        closeButton.setOnAction(e -> close.run());
        HBox top = new HBox(title, closeButton);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        top.setAlignment(Pos.TOP_LEFT);
        top.getStyleClass().add("overlay-top");

        Set<String> earnedIds = earned.stream().map(ContentModule::id).collect(Collectors.toSet());
        Label intro = new Label(i18n.get(earnedIds.isEmpty() ? "badges.none" : "badges.intro", earnedIds.size()));
        intro.setId("badgesIntro");
        intro.setWrapText(true);
        intro.getStyleClass().add("screen-subtitle");

        FlowPane shelf = new FlowPane();
        shelf.setId("badgeShelf");
        shelf.getStyleClass().add("badge-shelf");
        // Earned first, in the order earned; then the ones still to earn.
        earned.forEach(module -> shelf.getChildren().add(tile(module, true, i18n)));
        modules.stream().filter(module -> !earnedIds.contains(module.id()))
                .forEach(module -> shelf.getChildren().add(tile(module, false, i18n)));

        VBox content = new VBox(intro, shelf);
        content.getStyleClass().add("overlay-body");
        StackPane backdrop = jaga.ui.common.Overlay.create("badgesOverlay", top, content, "badge-dialog", 860);
        backdrop.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
        Focus.request(shelf.getChildren().isEmpty() ? closeButton : shelf.getChildren().get(0));
        return backdrop;
    }

    private static Node tile(ContentModule module, boolean earned, I18n i18n) {
        Label name = new Label(Badges.name(module, i18n));
        name.getStyleClass().add("badge-name");
        name.setWrapText(true);
        name.setId((earned ? "badgeName-" : "badgeToEarnName-") + module.id());
        Label from = new Label(i18n.in(module.title()));
        from.getStyleClass().add("badge-module");
        from.setWrapText(true);
        Label how = new Label(earned ? i18n.get("badges.earned") : i18n.get("badges.howTo"));
        how.getStyleClass().add(earned ? "badge-earned-words" : "badge-locked-words");
        how.setWrapText(true);
        VBox tile = new VBox(Badges.art(module, earned, 64), name, from, how);
        tile.setAlignment(Pos.TOP_CENTER);
        tile.getStyleClass().addAll("badge-tile", earned ? "badge-tile-earned" : "badge-tile-locked");
        tile.setId((earned ? "badge-" : "badgeToEarn-") + module.id());
        tile.setFocusTraversable(true);
        tile.setAccessibleText(String.join(". ", name.getText(), from.getText(), how.getText()));
        return tile;
    }
}
