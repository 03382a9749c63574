package jaga.ui.home;

import jaga.learning.ModuleOverview;
import jaga.learning.ModuleState;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import jaga.ui.common.Topics;
import jaga.ui.common.ScriptText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jaga.ui.path.BadgeShelf;
import jaga.ui.path.ModulePathView;
import java.util.List;
import javafx.scene.Node;

/** "My lessons": a card per module with its state, its path and one clear button; the badge shelf. */
public final class HomeView extends StackPane {
    private final HomeViewModel model;
    private final I18n i18n;
    private final VBox cards = new VBox();
    /** A card narrower than this many ems of text puts its button under the words. */
    static final double NARROW_CARD_EM = 44;
    private final VBox page = new VBox();
    private final Button openBadges;
    private Node shelf;

    public HomeView(HomeViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        page.getStyleClass().addAll("screen", "home-screen");

        Label greeting = ScriptText.names(new Label());
        greeting.textProperty().bind(i18n.text("home.greeting", model.learner().displayName()));
        greeting.getStyleClass().add("screen-title");
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text("home.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");

        Label error = Problems.line(model.problemProperty(), i18n);
        error.setId("home-problem");

        cards.getStyleClass().add("module-cards");
        model.modules().addListener((ListChangeListener<ModuleOverview>) change -> refresh());

        HBox badgesRow = new HBox();
        badgesRow.getStyleClass().add("badges-row");
        badgesRow.setId("badges");
        // The badges a child has earned, as a button that opens the shelf (every badge, earned or still to earn).
        openBadges = new Button();
        openBadges.setId("openBadges");
        openBadges.getStyleClass().add("badges-button");
        openBadges.setMinWidth(Region.USE_PREF_SIZE);
        openBadges.setOnAction(e -> showBadges());
        Runnable badgesText = () -> openBadges.setText(i18n.get("home.badges", model.badges().size()));
        badgesText.run();
        i18n.onChange(openBadges, badgesText);
        model.badges().addListener((ListChangeListener<jaga.content.ContentModule>) change -> {
            badgesText.run();
            HBox medals = new HBox();
            medals.getStyleClass().add("badges-medals");
            for (var module : model.badges()) {
                org.kordamp.ikonli.javafx.FontIcon badge = new org.kordamp.ikonli.javafx.FontIcon("mdi2t-trophy");
                badge.getStyleClass().add("badge-icon");
                badge.setAccessibleText(i18n.in(module.title()));
                medals.getChildren().add(badge);
            }
            openBadges.setGraphic(model.badges().isEmpty() ? noBadgeYet() : medals);
        });
        openBadges.setGraphic(noBadgeYet());
        badgesRow.getChildren().add(openBadges);
        openBadges.visibleProperty().bind(model.loadedProperty());
        VBox body = new VBox(greeting, subtitle, badgesRow, reviewCard(), error, cards);
        body.getStyleClass().add("screen-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        page.getChildren().add(scroll);
        getChildren().add(page);
    }

    private static org.kordamp.ikonli.javafx.FontIcon noBadgeYet() {
        org.kordamp.ikonli.javafx.FontIcon icon = new org.kordamp.ikonli.javafx.FontIcon("mdi2t-trophy-outline");
        icon.getStyleClass().add("badge-icon"); // sized with the text, like the earned ones
        return icon;
    }

    /** The badge shelf over home; Close or Esc takes it away and Tab lands back on the Badges button. */
    public void showBadges() {
        if (shelf != null) {
            return;
        }
        List<jaga.content.ContentModule> shown = model.modules().stream().map(ModuleOverview::module).toList();
        shelf = BadgeShelf.create(shown, List.copyOf(model.badges()), i18n, this::hideBadges);
        page.setDisable(true);
        getChildren().add(shelf);
    }

    private void hideBadges() {
        getChildren().remove(shelf);
        shelf = null;
        page.setDisable(false);
        Focus.request(openBadges);
    }

    private VBox reviewCard() {
        VBox card = new VBox();
        card.setId("dailyReview");
        card.getStyleClass().addAll("card", "review-card");
        card.visibleProperty().bind(model.reviewStartedProperty());
        card.managedProperty().bind(card.visibleProperty());
        Runnable draw = () -> {
            card.getChildren().clear();
            Label title = new Label(i18n.get("home.review.title"));
            title.getStyleClass().add("card-title");
            card.getChildren().add(title);
            if (model.review().isEmpty()) {
                Label done = new Label(i18n.get("home.review.done"));
                done.setId("reviewDone");
                done.getStyleClass().add("card-summary");
                card.getChildren().add(done);
                return;
            }
            Label intro = new Label(i18n.get("home.review.intro"));
            intro.setWrapText(true);
            intro.getStyleClass().add("card-summary");
            card.getChildren().add(intro);
            for (jaga.learning.ReviewCard item : model.review()) {
                Label point = new Label(i18n.in(item.text()));
                point.setWrapText(true);
                point.getStyleClass().add("review-point");
                Button remember = Buttons.big("remember-" + item.itemId().replace(':', '-'),
                        i18n.text("home.review.remember"), true, () -> model.reviewed(item, true));
                Button again = Buttons.big("again-" + item.itemId().replace(':', '-'),
                        i18n.text("home.review.again"), false, () -> model.reviewed(item, false));
                remember.setAccessibleText(i18n.get("home.review.remember") + ": " + point.getText());
                again.setAccessibleText(i18n.get("home.review.again") + ": " + point.getText());
                HBox buttons = new HBox(remember, again);
                buttons.getStyleClass().add("form-actions");
                VBox row = new VBox(point, buttons);
                row.getStyleClass().add("review-item");
                card.getChildren().add(row);
            }
        };
        model.review().addListener((ListChangeListener<jaga.learning.ReviewCard>) change -> draw.run());
        i18n.onChange(card, draw);
        return card;
    }


    private void refresh() {
        cards.getChildren().clear();
        if (model.modules().isEmpty() && model.loadedProperty().get()) {
            Label empty = new Label();
            empty.textProperty().bind(i18n.text("home.empty"));
            cards.getChildren().add(empty);
        }
        for (ModuleOverview overview : model.modules()) {
            cards.getChildren().add(card(overview));
        }
        // Keyboard users land on the first lesson's button, not on the header.
        cards.lookupAll(".big-button").stream().findFirst().ifPresent(Focus::request);
    }

    private HBox card(ModuleOverview overview) {
        var module = overview.module();
        Region icon = Topics.icon(module.topic());

        Label topic = new Label();
        topic.textProperty().bind(Bindings.concat(i18n.text("topic." + module.topic().code()), " \u00b7 ",
                i18n.text("band.short." + module.band().code())));
        topic.getStyleClass().add("card-eyebrow");
        topic.setWrapText(true);
        Label title = new Label();
        title.textProperty().bind(i18n.text(module.title()));
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label summary = new Label();
        summary.textProperty().bind(i18n.text(module.summary()));
        summary.getStyleClass().add("card-summary");
        summary.setWrapText(true);
        Label state = new Label();
        state.textProperty().bind(stateText(overview));
        state.getStyleClass().addAll("state-chip", "state-" + overview.state().name().toLowerCase().replace('_', '-'));
        state.setId("state-" + module.id());

        HBox chips = new HBox(state);
        chips.setSpacing(8);
        if (model.recommendedProperty().get() == overview) {
            Label next = new Label();
            next.textProperty().bind(i18n.text("home.recommended"));
            next.getStyleClass().add("recommended-chip");
            next.setId("recommended-" + module.id());
            chips.getChildren().add(0, next);
        }
        ModulePathView path = new ModulePathView(i18n, "path-" + module.id());
        path.show(model.path(overview));
        VBox text = new VBox(topic, title, summary, chips, path);
        text.getStyleClass().add("card-text");
        HBox.setHgrow(text, Priority.ALWAYS);

        Button open = Buttons.big("open-" + module.id(), i18n.text(switch (overview.state()) {
            case NOT_STARTED -> "home.start";
            case IN_PROGRESS -> "home.continue";
            case DONE -> "home.again";
        }), overview.state() != ModuleState.DONE, () -> model.open(overview));
        open.accessibleTextProperty().bind(Bindings.concat(open.textProperty(), ": ", title.textProperty()));

        HBox card = new HBox(icon, text, open);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().addAll("card", "module-card");
        // At large text the button goes under the words, so the title and summary keep a readable width.
        Runnable arrange = () -> {
            double em = summary.getFont().getSize();
            boolean narrow = card.getWidth() > 0 && card.getWidth() / em < NARROW_CARD_EM;
            if (narrow && open.getParent() == card) {
                card.getChildren().remove(open);
                text.getChildren().add(open);
                card.setAlignment(Pos.TOP_LEFT);
            } else if (!narrow && open.getParent() == text) {
                text.getChildren().remove(open);
                card.getChildren().add(open);
                card.setAlignment(Pos.CENTER_LEFT);
            }
        };
        // Not while the scene is being styled or laid out: moving a node then upsets that pass.
        card.widthProperty().addListener((obs, old, width) -> javafx.application.Platform.runLater(arrange));
        summary.fontProperty().addListener((obs, old, font) -> javafx.application.Platform.runLater(arrange));
        return card;
    }

    private StringBinding stateText(ModuleOverview overview) {
        if (overview.state() == ModuleState.DONE) {
            return i18n.text("home.state.DONE", overview.bestScore().orElse(0));
        }
        return i18n.text("home.state." + overview.state().name());
    }
}
