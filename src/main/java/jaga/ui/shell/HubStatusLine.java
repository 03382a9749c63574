package jaga.ui.shell;

import jaga.progress.hub.HubLink;
import jaga.ui.common.I18n;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One line at the foot of every screen on a computer paired with a school hub, in the child's
 * language: that their work is saved here, and whether it has reached the class computer
 * ("Saved on this computer · sending to the class computer (3 waiting)"). Hidden when not paired.
 */
public final class HubStatusLine extends HBox {
    private final ObjectProperty<HubLink.Status> status = new SimpleObjectProperty<>();
    private final BooleanProperty bringing = new SimpleBooleanProperty();
    private final BooleanProperty onlyThisComputer = new SimpleBooleanProperty();

    public HubStatusLine(I18n i18n) {
        getStyleClass().add("hub-status");
        setId("hubStatus");
        Label text = new Label();
        text.setId("hubStatusText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.createStringBinding(() -> words(i18n), status, bringing, onlyThisComputer,
                i18n.languageProperty()));
        // The icon says the state too (with the words, never alone): sent, sending, away, needs a teacher.
        text.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(icon()), status, bringing));
        text.setFocusTraversable(false);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.getStyleClass().add("hub-status-text");
        // A calm colour per state, with the words and the icon saying the same: sent, on its way, or trouble.
        javafx.beans.value.ChangeListener<Object> restyle = (obs, old, now) -> {
            text.getStyleClass().removeAll("hub-sent", "hub-on-its-way", "hub-trouble");
            text.getStyleClass().add(tone());
        };
        status.addListener(restyle);
        bringing.addListener(restyle);
        text.getStyleClass().add(tone());
        getChildren().add(text);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> status.get() != null
                && status.get().state() != HubLink.State.NOT_PAIRED, status));
        managedProperty().bind(visibleProperty());
    }

    /** Follows the link's status from its own thread. */
    public void follow(HubLink hub) {
        status.set(hub.status());
        hub.onStatus(next -> Platform.runLater(() -> {
            status.set(next);
            if (next.state() == HubLink.State.UP_TO_DATE) {
                onlyThisComputer.set(false); // the hub is back: the child's rows from other seats have come
            }
        }));
    }

    /** While a child's work is brought from the hub at sign-in. */
    public BooleanProperty bringingProperty() {
        return bringing;
    }

    /** The hub could not be asked at sign-in: what is shown is only what this computer has. */
    public BooleanProperty onlyThisComputerProperty() {
        return onlyThisComputer;
    }

    private String tone() {
        HubLink.Status now = status.get();
        if (bringing.get() || now == null) {
            return "hub-on-its-way";
        }
        return switch (now.state()) {
            case UP_TO_DATE -> now.waiting() == 0 ? "hub-sent" : "hub-on-its-way";
            case HUB_AWAY, NEEDS_ADULT -> "hub-trouble";
            case SENDING, NOT_PAIRED -> "hub-on-its-way";
        };
    }

    private String icon() {
        HubLink.Status now = status.get();
        if (bringing.get()) {
            return "mdi2l-lan-pending";
        }
        if (now == null) {
            return "mdi2c-content-save-outline";
        }
        return switch (now.state()) {
            case UP_TO_DATE -> now.waiting() == 0 ? "mdi2c-check-circle-outline" : "mdi2s-sync";
            case SENDING -> "mdi2s-sync";
            case HUB_AWAY -> "mdi2l-lan-disconnect";
            case NEEDS_ADULT -> "mdi2a-alert-outline";
            case NOT_PAIRED -> "mdi2c-content-save-outline";
        };
    }

    private String words(I18n i18n) {
        HubLink.Status now = status.get();
        if (now == null || now.state() == HubLink.State.NOT_PAIRED) {
            return "";
        }
        if (bringing.get()) {
            return i18n.get("hub.status.bringing");
        }
        String state = switch (now.state()) {
            case UP_TO_DATE -> now.waiting() == 0 ? i18n.get("hub.status.sent") : i18n.get("hub.status.sending", now.waiting());
            case SENDING -> i18n.get("hub.status.sending", now.waiting());
            case HUB_AWAY -> i18n.get("hub.status.away", now.waiting());
            case NEEDS_ADULT -> i18n.get("hub.status.needsAdult", now.waiting());
            case NOT_PAIRED -> "";
        };
        // "Showing only the work saved on this computer" says it is saved here too: one lead, not two,
        // so the line stays short enough at large text sizes.
        String lead = i18n.get(onlyThisComputer.get() ? "hub.status.onlyThisComputer" : "hub.status.savedHere");
        return lead + " \u00b7 " + state;
    }
}
