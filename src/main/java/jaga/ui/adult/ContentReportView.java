package jaga.ui.adult;

import jaga.content.ContentCatalog;
import jaga.content.ContentProblem;
import jaga.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** Which modules loaded, and which were left out and why (file, line, column and JSON path). */
public final class ContentReportView extends ScrollPane {

    public ContentReportView(ContentCatalog catalog, I18n i18n) {
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        Label title = AdultText.title(i18n, "adult.content.title");
        long learnerModules = catalog.modules().stream().filter(m -> m.forLearners()).count();
        Label loaded = new Label();
        loaded.setId("contentLoaded");
        loaded.setWrapText(true);
        loaded.getStyleClass().add("screen-subtitle");
        loaded.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("adult.content.loaded",
                catalog.modules().size(), learnerModules, catalog.broken().size()), i18n.languageProperty()));
        VBox page = new VBox(title, loaded);
        page.getStyleClass().add("adult-page");
        if (catalog.broken().isEmpty()) {
            page.getChildren().add(AdultText.subtitle(i18n, "adult.content.allGood"));
        } else {
            page.getChildren().add(AdultText.subtitle(i18n, "adult.content.brokenIntro"));
        }
        VBox brokenList = new VBox();
        brokenList.setId("brokenModules");
        brokenList.getStyleClass().add("broken-modules");
        for (ContentCatalog.BrokenModule broken : catalog.broken()) {
            Label file = new Label(broken.file().toString());
            file.getStyleClass().add("card-title");
            file.setWrapText(true);
            VBox card = new VBox(file);
            card.getStyleClass().addAll("card", "broken-module");
            for (ContentProblem problem : broken.problems()) {
                Label line = new Label(problem.format());
                line.setWrapText(true);
                line.getStyleClass().add(problem.isError() ? "problem-error" : "problem-warning");
                card.getChildren().add(line);
            }
            card.setFocusTraversable(true);
            card.setAccessibleText(file.getText());
            brokenList.getChildren().add(card);
        }
        page.getChildren().add(brokenList);
        setContent(page);
    }
}
