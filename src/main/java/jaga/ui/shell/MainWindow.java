package jaga.ui.shell;

import jaga.progress.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.common.I18n;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The frame around every screen: name of the app, who is learning, language, switch learner. */
public final class MainWindow extends BorderPane {

    public MainWindow(Navigator navigator, Session session, I18n i18n, Runnable switchLearner, Runnable toggleLanguage) {
        getStyleClass().add("main-window");

        FontIcon logo = new FontIcon("mdi2s-shield-half-full");
        logo.getStyleClass().add("logo-icon");
        Label name = new Label("Jaga");
        name.getStyleClass().add("app-name");
        HBox brand = new HBox(logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("brand");

        HBox who = new HBox();
        who.setAlignment(Pos.CENTER_LEFT);
        who.getStyleClass().add("current-learner");
        session.learnerProperty().addListener((obs, old, learner) -> showLearner(who, learner));

        Button language = new Button();
        language.setId("toggleLanguage");
        language.textProperty().bind(i18n.text("header.otherLanguage"));
        language.accessibleTextProperty().bind(i18n.text("header.changeLanguage"));
        language.setGraphic(new FontIcon("mdi2t-translate"));
        language.getStyleClass().add("header-button");
        language.setOnAction(e -> toggleLanguage.run());

        Button switcher = new Button();
        switcher.setId("switchLearner");
        switcher.textProperty().bind(i18n.text("header.switchLearner"));
        switcher.setGraphic(new FontIcon("mdi2a-account-switch"));
        switcher.getStyleClass().add("header-button");
        switcher.visibleProperty().bind(Bindings.isNotNull(session.learnerProperty()));
        switcher.managedProperty().bind(switcher.visibleProperty());
        switcher.setOnAction(e -> switchLearner.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(brand, spacer, who, language, switcher);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        setTop(header);
        centerProperty().bind(navigator.currentProperty());
    }

    private static void showLearner(HBox who, Learner learner) {
        who.getChildren().clear();
        if (learner != null) {
            Label name = new Label(learner.displayName());
            name.getStyleClass().add("current-learner-name");
            who.getChildren().addAll(Avatars.picture(learner.avatar(), 32), name);
        }
    }
}
