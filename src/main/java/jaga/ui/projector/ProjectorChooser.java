package jaga.ui.projector;

import jaga.content.ContentModule;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Topics;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Projector mode's first screen: a card per module, as on a child's lesson list, to show one to the class. */
final class ProjectorChooser extends VBox {
    private final ProjectorViewModel model;
    private final I18n i18n;
    private final VBox moduleList = new VBox();

    /** @param leave leaves projector mode */
    ProjectorChooser(ProjectorViewModel model, I18n i18n, Runnable leave) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label();
        title.textProperty().bind(i18n.text("projector.chooseTitle"));
        title.getStyleClass().add("screen-title");
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("projector.chooseIntro"));
        intro.getStyleClass().add("screen-subtitle");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        moduleList.setId("projectorModules");
        moduleList.getStyleClass().add("projector-module-list");
        for (ContentModule module : model.modules()) {
            moduleList.getChildren().add(moduleButton(module));
        }
        Button exit = Buttons.big("projectorLeaveChooser", i18n.text("projector.exit"), false, leave);
        VBox content = new VBox(title, intro, moduleList, exit);
        content.getStyleClass().addAll("screen-body", "projector-chooser");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        getChildren().add(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getStyleClass().add("screen");
    }

    /** A card per module, as on a child's lesson list, with one clear button to show it. */
    private Node moduleButton(ContentModule module) {
        Label topic = new Label();
        topic.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("topic." + module.topic().code())
                + " \u00b7 " + i18n.get("band.short." + module.band().code()), i18n.languageProperty()));
        topic.getStyleClass().add("card-eyebrow");
        Label name = new Label();
        name.textProperty().bind(i18n.text(module.title()));
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(topic, name);
        words.getStyleClass().add("card-text");
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button open = Buttons.big("projector-open-" + module.id(), i18n.text("projector.open"), true, () -> model.open(module));
        open.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> open.getText() + ": " + topic.getText() + ", " + name.getText(),
                open.textProperty(), topic.textProperty(), name.textProperty()));
        HBox card = new HBox(Topics.icon(module.topic()), words, open);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().addAll("card", "module-card", "projector-module");
        return card;
    }

    void focusFirstModule() {
        moduleList.lookupAll(".big-button").stream().findFirst().ifPresent(Focus::request);
    }
}
