package jaga.ui.profiles;

import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.IconSizes;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first thing an adult is asked on a computer with nobody on it yet: is it for their children
 * at home (the form for the first child) or for a class at school (the class lists in the adult
 * area, where a whole class is imported at once)? A teacher should not start by typing 35 names.
 */
final class FirstUseCard extends VBox {
    private final Button home;

    FirstUseCard(ProfilesViewModel model, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("firstUse.title"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("firstUse.intro"));
        intro.getStyleClass().add("screen-subtitle");
        intro.setWrapText(true);
        home = choice("firstUse-home", "mdi2h-home-heart", "firstUse.home", "firstUse.homeDetail", i18n);
        home.setOnAction(e -> model.forMyChildren());
        Button school = choice("firstUse-school", "mdi2s-school", "firstUse.school", "firstUse.schoolDetail", i18n);
        school.setOnAction(e -> model.forAClass());

        VBox card = new VBox(title, intro, withDetail(home, "firstUse.homeDetail", i18n),
                withDetail(school, "firstUse.schoolDetail", i18n));
        card.getStyleClass().addAll("card", "learner-form", "first-use");
        card.setMaxWidth(720);
        getChildren().add(card);
        setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("form-wrapper");
        model.modeProperty().addListener((obs, was, now) -> {
            if (now == ProfilesViewModel.Mode.FIRST_USE) {
                Focus.request(home);
            }
        });
    }

    /** A large button with an icon and what it is for, and under it a line that says what happens next. */
    private static Button choice(String id, String icon, String titleKey, String detailKey, I18n i18n) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(titleKey));
        button.accessibleHelpProperty().bind(i18n.text(detailKey));
        FontIcon picture = new FontIcon(icon);
        picture.getStyleClass().add("first-use-icon");
        IconSizes.like(picture, button, 1.875); // 36 pixels by its 1.2em words at 100% text
        button.setGraphic(picture);
        button.setWrapText(true);
        button.getStyleClass().add("first-use-choice");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private static VBox withDetail(Button choice, String detailKey, I18n i18n) {
        Label detail = new Label();
        detail.textProperty().bind(i18n.text(detailKey));
        detail.getStyleClass().add("first-use-choice-detail");
        detail.setWrapText(true);
        detail.setLabelFor(choice);
        VBox box = new VBox(choice, detail);
        box.getStyleClass().add("first-use-option");
        return box;
    }
}
