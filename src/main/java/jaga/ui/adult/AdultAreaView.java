package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The adult area: the PIN card while locked; then a side bar of sections (family, learners,
 * classes, moving work between PCs, projector, parent guides, content) and the open section beside it.
 */
public final class AdultAreaView extends StackPane {
    private static final Map<AdultAreaViewModel.Section, String> ICONS = Map.of(
            AdultAreaViewModel.Section.FAMILY, "mdi2c-chart-box-outline",
            AdultAreaViewModel.Section.LEARNERS, "mdi2a-account-multiple",
            AdultAreaViewModel.Section.CLASSES, "mdi2g-google-classroom",
            AdultAreaViewModel.Section.FILES, "mdi2u-usb-flash-drive-outline",
            AdultAreaViewModel.Section.HUB, "mdi2l-lan",
            AdultAreaViewModel.Section.PROJECTOR, "mdi2p-projector-screen",
            AdultAreaViewModel.Section.GUIDES, "mdi2b-book-open-variant",
            AdultAreaViewModel.Section.CONTENT, "mdi2f-file-document-multiple-outline");

    private final AdultAreaViewModel model;
    private final BorderPane area = new BorderPane();

    /** @param sections the sections to offer, in side-bar order, each built afresh when opened */
    public AdultAreaView(AdultAreaViewModel model, I18n i18n,
                         Map<AdultAreaViewModel.Section, Supplier<Node>> sections) {
        this.model = model;
        getStyleClass().addAll("screen", "adult-screen");

        PinGateView gate = new PinGateView(model.gate(), i18n, "adult.pin.intro", model::leave,
                Bindings.createBooleanBinding(() -> true));
        ScrollPane gateScroll = new ScrollPane(gate);
        gateScroll.setFitToWidth(true);
        gateScroll.getStyleClass().add("screen-scroll");
        gateScroll.visibleProperty().bind(model.unlockedProperty().not());

        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox();
        nav.getStyleClass().add("adult-nav");
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("adult.title"));
        heading.getStyleClass().add("adult-nav-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE); // wraps onto a second line at large text, never "Ruang ..."
        nav.getChildren().add(heading);
        sections.forEach((section, factory) -> {
            ToggleButton item = new ToggleButton();
            item.setId("adultSection-" + section.name().toLowerCase(java.util.Locale.ROOT));
            item.textProperty().bind(i18n.text("adult.section." + section.name().toLowerCase(java.util.Locale.ROOT)));
            item.setGraphic(IconSizes.like(new FontIcon(ICONS.get(section)), item, 1.2));
            item.setToggleGroup(group);
            item.setUserData(section);
            item.getStyleClass().add("adult-nav-item");
            item.setMaxWidth(Double.MAX_VALUE);
            item.setMinHeight(Region.USE_PREF_SIZE);
            item.setWrapText(true);
            AdultText.wholeWords(item); // "Progress" on one line at 200% text, never "Progres / s"
            // Up and Down move between sections (one Tab stop for the whole list, as in a tab list).
            item.setAccessibleHelp(i18n.get("adult.section.keys"));
            nav.getChildren().add(item);
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button leave = Buttons.big("leaveAdultArea", i18n.text("adult.leave"), false, model::leave);
        leave.setGraphic(IconSizes.like(new FontIcon("mdi2l-lock"), leave, 1.2));
        leave.setMaxWidth(Double.MAX_VALUE);
        leave.setMinWidth(0); // wraps inside the side bar rather than pushing past it
        leave.setWrapText(true);
        leave.setMinHeight(Region.USE_PREF_SIZE);
        nav.getChildren().addAll(spacer, leave);
        ScrollPane navScroll = new ScrollPane(nav);
        navScroll.setFitToWidth(true);
        navScroll.setFitToHeight(true);
        navScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        navScroll.getStyleClass().addAll("screen-scroll", "adult-nav-scroll");
        // At large text sizes the side bar keeps to about a third of the window; its items wrap between
        // words, and it grows a little past that rather than cut a word in two.
        navScroll.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(area.getWidth() * 0.3, nav.minWidth(-1) + 16), area.widthProperty(),
                nav.layoutBoundsProperty()));
        area.setLeft(navScroll);

        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // a section is always open
                return;
            }
            model.sectionProperty().set((AdultAreaViewModel.Section) selected.getUserData());
        });
        model.sectionProperty().addListener((obs, old, section) -> {
            // Built afresh each time, so a page shows what other pages just changed.
            area.setCenter(sections.get(section).get());
            group.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
                    .ifPresent(t -> t.setSelected(true));
        });
        area.visibleProperty().bind(model.unlockedProperty());
        area.getStyleClass().add("adult-area");
        model.unlockedProperty().addListener((obs, was, open) -> {
            if (open) {
                if (model.sectionProperty().get() == null && !sections.isEmpty()) {
                    model.sectionProperty().set(sections.keySet().iterator().next());
                }
                group.getToggles().stream().filter(ToggleButton.class::isInstance).map(ToggleButton.class::cast)
                        .filter(ToggleButton::isSelected).findFirst().ifPresent(Focus::request);
            }
        });
        getChildren().addAll(area, gateScroll);
        setAlignment(Pos.TOP_LEFT);

        // Any key, click or scroll counts as someone being there; a clock checks every few seconds.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> model.noteActivity());
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> model.noteActivity());
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> model.noteActivity());
        addEventFilter(ScrollEvent.SCROLL, e -> model.noteActivity());
        Timeline idleCheck = new Timeline(new KeyFrame(Duration.seconds(5), e -> model.checkIdle()));
        idleCheck.setCycleCount(Animation.INDEFINITE);
        // The clock runs while the area is in a window that shows: not after it is left, or once Jaga closes.
        javafx.beans.value.ChangeListener<Boolean> showing = (obs, was, now) -> {
            if (now) {
                idleCheck.play();
            } else {
                idleCheck.stop();
            }
        };
        javafx.beans.value.ChangeListener<javafx.stage.Window> window = (obs, oldWindow, newWindow) -> {
            if (oldWindow != null) {
                oldWindow.showingProperty().removeListener(showing);
            }
            if (newWindow != null) {
                newWindow.showingProperty().addListener(showing);
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.windowProperty().removeListener(window);
                window.changed(null, old.getWindow(), null);
            }
            if (scene == null) {
                idleCheck.stop();
            } else {
                idleCheck.play();
                scene.windowProperty().addListener(window);
                window.changed(null, null, scene.getWindow());
            }
        });
        HBox.setHgrow(area, Priority.ALWAYS);
    }
}
