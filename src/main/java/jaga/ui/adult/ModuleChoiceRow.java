package jaga.ui.adult;

import jaga.content.ContentModule;
import jaga.ui.adult.ClassesViewModel.ModuleChoice;
import jaga.ui.common.I18n;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.cell.ComboBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** One module's name with its show / hide / by-band choice, as the Classes page and the learner form show it. */
final class ModuleChoiceRow {
    private ModuleChoiceRow() {}

    /**
     * @param id the choice box's id
     * @param wordsKey the message key before the choice's name ({@code adult.classes.module.} and so on):
     *        "by band" means something different for a class and for a learner
     */
    static FlowPane of(I18n i18n, ContentModule module, String id, String wordsKey, ModuleChoice current,
                       Consumer<ModuleChoice> onChange) {
        Label name = new Label(i18n.in(module.title()) + " (" + i18n.get("band.short." + module.band().code()) + ")");
        name.setWrapText(true);
        name.getStyleClass().add("module-choice-name");
        ComboBox<ModuleChoice> choice = new ComboBox<>(FXCollections.observableArrayList(ModuleChoice.values()));
        choice.setId(id);
        StringConverter<ModuleChoice> words = new StringConverter<>() {
            @Override
            public String toString(ModuleChoice value) {
                return value == null ? "" : i18n.get(wordsKey + value.name());
            }

            @Override
            public ModuleChoice fromString(String text) {
                return null;
            }
        };
        choice.setConverter(words);
        ComboBoxListCell<ModuleChoice> shown = new ComboBoxListCell<>(words);
        shown.setWrapText(true); // at 200% in a narrow page the choice goes onto two lines, never cut short
        choice.setButtonCell(shown);
        choice.setValue(current);
        choice.valueProperty().addListener((obs, old, value) -> onChange.accept(value));
        choice.setAccessibleText(name.getText());
        name.setLabelFor(choice);
        // Side by side in a column at normal text sizes; the choice goes under the name when text is large.
        FlowPane row = jaga.ui.common.Toolbar.of(name, choice);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("module-choice-row");
        choice.maxWidthProperty().bind(row.widthProperty()); // no wider than the page: it wraps instead
        choice.setMinHeight(Region.USE_PREF_SIZE);
        return row;
    }
}
