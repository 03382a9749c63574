package jaga.ui.adult;

import jaga.ui.common.Buttons;
import jaga.ui.common.I18n;
import javafx.beans.binding.Bindings;
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
        password.setOnAction(e -> model.pair());
        Label urlLabel = AdultText.fieldLabel(i18n, "adult.hub.url", url);
        Label userLabel = AdultText.fieldLabel(i18n, "adult.hub.user", user);
        Label passwordLabel = AdultText.fieldLabel(i18n, "adult.hub.password", password);
        url.accessibleTextProperty().bind(urlLabel.textProperty());
        user.accessibleTextProperty().bind(userLabel.textProperty());
        password.accessibleTextProperty().bind(passwordLabel.textProperty());

        var pair = Buttons.big("pairHub", i18n.text("adult.hub.pair"), true, model::pair);
        pair.setGraphic(new FontIcon("mdi2l-lan-connect"));
        pair.disableProperty().bind(model.busyProperty());
        VBox form = new VBox(6, AdultText.sectionHeading(i18n, "adult.hub.pairHeading"),
                AdultText.subtitle(i18n, "adult.hub.pairIntro"), urlLabel, url, userLabel, user, passwordLabel, password,
                pair);
        form.setId("hubForm");

        Label pairedTo = line("hubPairedTo");
        Label waiting = line("hubWaiting");
        Label lastSent = line("hubLastSent");
        Label lastBrought = line("hubLastBrought");
        Label problem = line("hubProblem");
        problem.getStyleClass().add("notice-problem");
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
        sync.setGraphic(new FontIcon("mdi2c-cloud-upload-outline"));
        sync.disableProperty().bind(model.busyProperty());
        var unpair = Buttons.big("unpairHub", i18n.text("adult.hub.unpair"), false, model::unpair);
        unpair.setGraphic(new FontIcon("mdi2l-lan-disconnect"));
        unpair.disableProperty().bind(model.busyProperty());
        FlowPane buttons = new FlowPane(sync, unpair);
        buttons.getStyleClass().add("export-buttons");
        VBox paired = new VBox(6, AdultText.sectionHeading(i18n, "adult.hub.pairedHeading"), pairedTo, waiting, lastSent,
                lastBrought, problem, buttons);
        paired.setId("hubPaired");

        paired.visibleProperty().bind(link.isNotNull());
        paired.managedProperty().bind(paired.visibleProperty());
        form.visibleProperty().bind(link.isNull());
        form.managedProperty().bind(form.visibleProperty());

        VBox page = new VBox(12, AdultText.title(i18n, "adult.hub.title"), AdultText.subtitle(i18n, "adult.hub.intro"),
                form, paired, AdultText.notice(i18n, "hubNotice", model.noticeProperty()));
        page.getStyleClass().add("adult-page");
        page.setId("hubPage");
        setContent(page);
    }

    private static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setFocusTraversable(true); // a screen reader reaches each fact by Tab
        return label;
    }
}
