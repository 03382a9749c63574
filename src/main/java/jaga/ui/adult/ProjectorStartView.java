package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.ui.common.Buttons;
import jaga.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Where a teacher starts a lesson for the whole room: what projector mode does, and the way in. */
public final class ProjectorStartView extends ScrollPane {

    public ProjectorStartView(I18n i18n, Runnable start) {
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        Label title = AdultText.title(i18n, "adult.projector.title");
        Label intro = AdultText.subtitle(i18n, "adult.projector.intro");
        Label keys = AdultText.subtitle(i18n, "adult.projector.keys");
        Button go = Buttons.big("startProjector", i18n.text("adult.projector.start"), true, start);
        go.setGraphic(IconSizes.like(new FontIcon("mdi2p-projector-screen"), go, 1.2));
        VBox page = new VBox(title, intro, keys, go);
        page.getStyleClass().add("adult-page");
        setContent(page);
    }
}
