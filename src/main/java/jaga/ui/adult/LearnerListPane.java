package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.learning.Classroom.LearnerRow;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
import jaga.ui.common.Toolbar;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Learners page's list: everyone, archived too, and what can be done to the one chosen. */
final class LearnerListPane extends ScrollPane {
    private final LearnersViewModel model;
    private final I18n i18n;
    private final ListView<LearnerRow> list = new ListView<>();

    LearnerListPane(LearnersViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = AdultText.title(i18n, "adult.learners.title");
        Label intro = AdultText.subtitle(i18n, "adult.learners.intro");
        Button add = Buttons.big("addLearnerAdult", i18n.text("adult.learners.add"), true, model::startAdding);
        add.setGraphic(IconSizes.like(new FontIcon("mdi2a-account-plus"), add, 1.2));
        Button importRoster = Buttons.big("importRoster", i18n.text("adult.learners.import"), false, model::startImport);
        importRoster.setGraphic(IconSizes.like(new FontIcon("mdi2f-file-upload-outline"), importRoster, 1.2));

        Label notice = AdultText.notice(i18n, "learnersNotice", model.noticeProperty());

        list.setId("learnerList");
        list.setItems(model.learners());
        list.getStyleClass().add("adult-list");
        list.accessibleTextProperty().bind(i18n.text("adult.learners.listLabel"));
        list.setCellFactory(view -> new LearnerCell());
        list.setMinHeight(140);
        list.setPrefHeight(360);
        // The list gives way when space is short, never the texts around it.
        for (Label text : List.of(title, intro, notice)) {
            text.setMinHeight(Label.USE_PREF_SIZE);
        }
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        });
        // Reloading replaces the rows; keep the chosen one highlighted (an equal row does not count as a change).
        model.learners().addListener((ListChangeListener<LearnerRow>) change -> {
            if (model.selectedProperty().get() != null) {
                list.getSelectionModel().select(model.selectedProperty().get());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                model.startEditing(model.selectedProperty().get());
                e.consume();
            }
        });
        list.setPlaceholder(AdultText.subtitle(i18n, "adult.learners.none"));
        model.modeProperty().addListener((obs, old, mode) -> {
            if (mode == LearnersViewModel.Mode.LIST) {
                Focus.request(list);
            }
        });

        Label selectedName = new Label();
        selectedName.getStyleClass().add("field-label");
        selectedName.textProperty().bind(Bindings.createStringBinding(() -> {
            LearnerRow row = model.selectedProperty().get();
            return row == null ? i18n.get("adult.learners.pickOne")
                    : i18n.get("adult.learners.selected", row.learner().displayName());
        }, model.selectedProperty(), i18n.languageProperty()));
        selectedName.setWrapText(true);
        selectedName.setMinHeight(Label.USE_PREF_SIZE);

        VBox page = new VBox(title, intro, Toolbar.of(add, importRoster), notice, list, selectedName, selectedActions());
        page.getStyleClass().add("adult-page");
        setContent(page);
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add("screen-scroll");
    }

    /** Edit, archive and delete, for the learner chosen in the list. */
    private javafx.scene.layout.FlowPane selectedActions() {
        var noSelection = model.selectedProperty().isNull();
        Button edit = Buttons.big("editLearner", i18n.text("adult.learners.edit"), false,
                () -> model.startEditing(model.selectedProperty().get()));
        edit.setGraphic(IconSizes.like(new FontIcon("mdi2p-pencil"), edit, 1.2));
        edit.disableProperty().bind(noSelection);
        Button archive = Buttons.big("archiveLearner", Bindings.createStringBinding(() -> {
            LearnerRow row = model.selectedProperty().get();
            return i18n.get(row != null && row.learner().archived() ? "adult.learners.unarchive" : "adult.learners.archive");
        }, model.selectedProperty(), i18n.languageProperty()), false,
                () -> model.toggleArchived(model.selectedProperty().get()));
        archive.setGraphic(IconSizes.like(new FontIcon("mdi2a-archive-outline"), archive, 1.2));
        archive.disableProperty().bind(noSelection);
        Button delete = Buttons.big("deleteLearner", i18n.text("adult.learners.delete"), false,
                () -> model.startDeleting(model.selectedProperty().get()));
        delete.setGraphic(IconSizes.like(new FontIcon("mdi2d-delete-outline"), delete, 1.2));
        delete.getStyleClass().add("danger-outline");
        delete.disableProperty().bind(noSelection);
        return Toolbar.of(edit, archive, delete);
    }

    /** One learner: picture, name, and the facts in words (archived and picture lock said, not coloured). */
    private final class LearnerCell extends ListCell<LearnerRow> {
        /** Room kept for the list's scroll bar, which is there once the rows pass its height. */
        private static final double SCROLL_BAR = 20;

        @Override
        protected void updateItem(LearnerRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            accessibleTextProperty().unbind();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = ScriptText.names(new Label(row.learner().displayName()));
            name.getStyleClass().add("learner-row-name");
            name.setWrapText(true);
            StringBinding facts = Bindings.createStringBinding(() -> facts(row), i18n.languageProperty());
            Label details = new Label();
            details.textProperty().bind(facts);
            details.setWrapText(true);
            details.getStyleClass().add("learner-row-facts");
            VBox text = new VBox(name, details);
            text.getStyleClass().add("learner-row-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            Node avatar = Avatars.picture(row.learner().avatar(), 40);
            HBox line = new HBox(avatar, text);
            line.getStyleClass().add("learner-row");
            line.setAlignment(Pos.CENTER_LEFT);
            if (row.learner().archived()) {
                Label archived = new Label();
                archived.textProperty().bind(i18n.text("adult.learners.archived"));
                archived.getStyleClass().add("archived-chip");
                archived.setMinWidth(Label.USE_PREF_SIZE);
                text.getChildren().add(archived); // under the facts: at 200% there is no room beside them
                line.getStyleClass().add("archived");
            }
            // The words wrap at the list's width: a row is as tall as its facts need, never cut short.
            // (A list row is measured before it is placed, so the labels are told their width.)
            DoubleBinding room = Bindings.createDoubleBinding(() -> Math.max(0, getListView().getWidth()
                    - getListView().snappedLeftInset() - getListView().snappedRightInset() - SCROLL_BAR
                    - snappedLeftInset() - snappedRightInset() - avatar.prefWidth(-1) - line.getSpacing()),
                    getListView().widthProperty(), paddingProperty(), line.spacingProperty(), avatar.layoutBoundsProperty());
            name.prefWidthProperty().bind(room);
            details.prefWidthProperty().bind(room);
            name.setMinHeight(Label.USE_PREF_SIZE);
            details.setMinHeight(Label.USE_PREF_SIZE);
            line.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setText(null);
            setGraphic(line);
            accessibleTextProperty().bind(Bindings.createStringBinding(() -> row.learner().displayName() + ". "
                    + facts(row) + (row.learner().archived() ? ". " + i18n.get("adult.learners.archived") : ""),
                    i18n.languageProperty()));
        }
    }

    private String facts(LearnerRow row) {
        // A short fact stays on one line when the row wraps ("No class", never "No / class"); the class
        // names may be long, so they wrap where they must.
        List<String> parts = new ArrayList<>();
        parts.add(oneLine(i18n.get("band.short." + row.learner().band().code())));
        parts.add(oneLine(i18n.get("adult.language." + row.learner().language().code())));
        parts.add(row.classNames().isEmpty() ? oneLine(i18n.get("adult.learners.noClass"))
                : i18n.get("adult.learners.classes", String.join(", ", row.classNames())));
        parts.add(oneLine(i18n.get(row.pictureLocked() ? "adult.learners.lockYes" : "adult.learners.lockNo")));
        return String.join("\u00A0 \u00B7  ", parts);
    }

    /** Joined with no-break spaces, so the words of one fact wrap together. */
    private static String oneLine(String fact) {
        return fact.replace(' ', '\u00A0');
    }
}
