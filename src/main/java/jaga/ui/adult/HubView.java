package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.ui.common.Buttons;
import jaga.ui.common.I18n;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "School hub": the form to pair this computer (address, user, password; checked before it is
 * kept), and once paired, where work goes, how much is waiting, Send now and Unpair.
 */
public final class HubView extends ScrollPane {

    public HubView(HubViewModel model, I18n i18n) {
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        // The control the adult last used here, to give the keyboard focus back to once the hub answered.
        Node[] pressed = new Node[1];

        TextField url = new TextField();
        url.setId("hubUrl");
        url.textProperty().bindBidirectional(model.urlProperty());
        url.setPromptText("jdbc:postgresql://lab-server:5432/jaga");
        TextField user = new TextField();
        user.setId("hubUser");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("hubPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> {
            if (!model.busyProperty().get()) {
                pressed[0] = password;
                model.pair(); // Enter in the password field, as Check and pair
            }
        });
        Label urlLabel = AdultText.fieldLabel(i18n, "adult.hub.url", url);
        Label urlHint = AdultText.subtitle(i18n, "adult.hub.urlHint");
        urlHint.getStyleClass().add("field-hint");
        url.accessibleHelpProperty().bind(urlHint.textProperty());
        Label userLabel = AdultText.fieldLabel(i18n, "adult.hub.user", user);
        Label passwordLabel = AdultText.fieldLabel(i18n, "adult.hub.password", password);
        url.accessibleTextProperty().bind(urlLabel.textProperty());
        user.accessibleTextProperty().bind(userLabel.textProperty());
        password.accessibleTextProperty().bind(passwordLabel.textProperty());

        var pair = Buttons.big("pairHub", i18n.text("adult.hub.pair"), true, model::pair);
        pair.addEventFilter(ActionEvent.ACTION, e -> pressed[0] = pair);
        pair.setGraphic(IconSizes.like(new FontIcon("mdi2l-lan-connect"), pair, 1.2));
        pair.disableProperty().bind(model.busyProperty());
        VBox.setMargin(pair, new Insets(10, 0, 0, 0));
        VBox form = new VBox(6, AdultText.sectionHeading(i18n, "adult.hub.pairHeading"),
                AdultText.subtitle(i18n, "adult.hub.pairIntro"), urlLabel, url, urlHint, userLabel, user, passwordLabel,
                password, pair);
        form.setId("hubForm");
        form.getStyleClass().add("hub-form");

        Label pairedTo = line("hubPairedTo");
        Label waiting = line("hubWaiting");
        Label lastSent = line("hubLastSent");
        Label lastBrought = line("hubLastBrought");
        Label problem = line("hubProblem");
        problem.getStyleClass().add("danger-text");
        var link = model.linkProperty();
        pairedTo.textProperty().bind(Bindings.createStringBinding(() -> link.get() == null ? ""
                : i18n.get("adult.hub.pairedTo", link.get().url(), link.get().user()), link, i18n.languageProperty()));
        waiting.textProperty().bind(Bindings.createStringBinding(() -> link.get() == null ? ""
                : i18n.get("adult.hub.waiting", link.get().waiting()), link, i18n.languageProperty()));
        lastSent.textProperty().bind(Bindings.createStringBinding(() -> link.get() == null ? ""
                : i18n.get("adult.hub.lastSent", AdultFormat.dateTime(link.get().lastSent(), i18n)), link,
                i18n.languageProperty()));
        lastBrought.textProperty().bind(Bindings.createStringBinding(() -> link.get() == null ? ""
                : i18n.get("adult.hub.lastBrought", AdultFormat.dateTime(link.get().lastBrought(), i18n)), link,
                i18n.languageProperty()));
        problem.textProperty().bind(Bindings.createStringBinding(() -> link.get() == null || link.get().problem() == null
                ? "" : i18n.get("adult.hub.lastProblem", link.get().problem()), link, i18n.languageProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        var sync = Buttons.big("syncHub", i18n.text("adult.hub.syncNow"), true, model::syncNow);
        sync.addEventFilter(ActionEvent.ACTION, e -> pressed[0] = sync);
        sync.setGraphic(IconSizes.like(new FontIcon("mdi2c-cloud-upload-outline"), sync, 1.2));
        sync.disableProperty().bind(model.busyProperty());
        var unpair = Buttons.big("unpairHub", i18n.text("adult.hub.unpair"), false, model::unpair);
        unpair.addEventFilter(ActionEvent.ACTION, e -> pressed[0] = unpair);
        unpair.setGraphic(IconSizes.like(new FontIcon("mdi2l-lan-disconnect"), unpair, 1.2));
        unpair.disableProperty().bind(model.busyProperty());
        FlowPane buttons = new FlowPane(sync, unpair);
        buttons.getStyleClass().add("export-buttons");
        VBox.setMargin(buttons, new Insets(10, 0, 0, 0));
        VBox paired = new VBox(6, AdultText.sectionHeading(i18n, "adult.hub.pairedHeading"), pairedTo, waiting, lastSent,
                lastBrought, problem, buttons);
        paired.setId("hubPaired");

        paired.visibleProperty().bind(link.isNotNull());
        paired.managedProperty().bind(paired.visibleProperty());
        form.visibleProperty().bind(link.isNull());
        form.managedProperty().bind(form.visibleProperty());

        Label notice = AdultText.notice(i18n, "hubNotice", model.noticeProperty());
        // What became of Check and pair, Send now or Unpair is said at the foot of the page, below them:
        // scrolled to at any text size, with the page's bottom margin under it.
        model.noticeProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            layout();
            setVvalue(getVmax());
        }));
        VBox page = new VBox(12, AdultText.title(i18n, "adult.hub.title"), AdultText.subtitle(i18n, "adult.hub.intro"),
                form, paired, notice);
        page.getStyleClass().add("adult-page");
        page.setId("hubPage");
        setContent(page);

        // Buttons are disabled while the hub is asked, and Check and pair or Unpair hide themselves: each
        // sends the keyboard focus away (to the header). Give it back to the control used, or to the page.
        Runnable refocus = () -> Platform.runLater(() -> {
            Node used = pressed[0];
            if (used == null || model.busyProperty().get()) {
                return;
            }
            pressed[0] = null;
            (shown(used) && !used.isDisabled() ? used : paired.isVisible() ? pairedTo : url).requestFocus();
        });
        model.busyProperty().addListener((obs, was, busy) -> refocus.run());
        link.addListener((obs, old, now) -> refocus.run());

        // While the page is shown, the facts follow the link (it sends and brings in the background).
        Runnable[] stop = new Runnable[1];
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && stop[0] == null) {
                stop[0] = model.follow();
            } else if (scene == null && stop[0] != null) {
                stop[0].run();
                stop[0] = null;
            }
        });
    }

    /** Visible with every parent, as a person would see it. */
    private static boolean shown(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setFocusTraversable(true); // a screen reader reaches each fact by Tab
        label.getStyleClass().add("hub-fact"); // with a visible focus ring, for who sees the screen too
        return label;
    }
}
