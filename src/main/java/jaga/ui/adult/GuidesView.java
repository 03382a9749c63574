package jaga.ui.adult;

import jaga.content.Audience;
import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.LocalizedText;
import jaga.content.ParentGuide;
import jaga.ui.common.I18n;
import jaga.ui.common.Markup;
import jaga.ui.common.Topics;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The parent guides, one per topic: advice and conversation starters, in the adult's language. */
public final class GuidesView extends ScrollPane {
    private final I18n i18n;
    private final VBox reader = new VBox();
    private ContentModule shown;

    public GuidesView(ContentCatalog catalog, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        Label title = AdultText.title(i18n, "adult.guides.title");
        Label intro = AdultText.subtitle(i18n, "adult.guides.intro");

        List<ContentModule> guides = guides(catalog);
        ToggleGroup group = new ToggleGroup();
        FlowPane choices = new FlowPane();
        choices.getStyleClass().add("guide-choices");
        for (ContentModule guide : guides) {
            ToggleButton choice = new ToggleButton();
            choice.setId("guide-" + guide.id());
            choice.textProperty().bind(i18n.text(guide.title()));
            choice.setGraphic(Topics.icon(guide.topic()));
            choice.setToggleGroup(group);
            choice.setUserData(guide);
            choice.getStyleClass().add("guide-choice");
            choice.setWrapText(true);
            choices.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                show((ContentModule) selected.getUserData());
            }
        });
        reader.getStyleClass().addAll("card", "guide-reader");
        reader.setId("guideReader");
        i18n.onChange(this, () -> show(shown));

        VBox page = new VBox(title, intro, choices, reader);
        page.getStyleClass().add("adult-page");
        setContent(page);
        if (guides.isEmpty()) {
            reader.getChildren().add(AdultText.subtitle(i18n, "adult.guides.none"));
        } else {
            group.selectToggle(group.getToggles().get(0));
        }
    }

    static List<ContentModule> guides(ContentCatalog catalog) {
        return catalog.modules().stream().filter(m -> m.audience() == Audience.PARENT && m.guide() != null)
                .sorted(Comparator.comparing((ContentModule m) -> m.topic().ordinal()).thenComparing(ContentModule::id))
                .toList();
    }

    private void show(ContentModule guide) {
        shown = guide;
        if (guide == null) {
            return;
        }
        reader.getChildren().clear();
        Label heading = new Label(i18n.in(guide.title()));
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        Label summary = new Label(i18n.in(guide.summary()));
        summary.getStyleClass().add("card-summary");
        summary.setWrapText(true);
        reader.getChildren().addAll(heading, summary);
        ParentGuide content = guide.guide();
        for (ParentGuide.Section section : content.sections()) {
            Label sectionHeading = new Label(i18n.in(section.heading()));
            sectionHeading.getStyleClass().add("guide-section-heading");
            sectionHeading.setWrapText(true);
            reader.getChildren().addAll(sectionHeading, Markup.render(i18n.in(section.body())));
        }
        if (!content.conversationStarters().isEmpty()) {
            Label startersHeading = new Label(i18n.get("adult.guides.starters"));
            startersHeading.getStyleClass().add("guide-section-heading");
            VBox starters = new VBox();
            starters.setId("conversationStarters");
            starters.getStyleClass().add("conversation-starters");
            for (ParentGuide.Starter starter : content.conversationStarters()) {
                // Every starter says the age it is for the same way, written by the app, not the text.
                Label age = new Label(starter.band() == null ? i18n.get("adult.guides.anyAge")
                        : i18n.get("band.short." + starter.band().code()));
                age.getStyleClass().add("conversation-age");
                Label text = new Label(i18n.in(starter.text()));
                text.setWrapText(true);
                text.getStyleClass().add("conversation-starter");
                Label mark = new Label("\u201C");
                mark.getStyleClass().add("conversation-mark");
                VBox words = new VBox(age, text);
                words.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
                HBox row = new HBox(mark, words);
                row.getStyleClass().add("conversation");
                starters.getChildren().add(row);
            }
            reader.getChildren().addAll(startersHeading, starters);
        }
    }
}
