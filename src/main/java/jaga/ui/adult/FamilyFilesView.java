package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.progress.ProgressExport;
import jaga.ui.common.Buttons;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Move work between PCs": save this PC's work to a file, and add the work saved on other PCs,
 * from files or a whole folder; a progress bar with Cancel while it runs, then what happened, file
 * by file.
 */
public final class FamilyFilesView extends ScrollPane {
    private static final List<String> PATTERNS = List.of("*" + ProgressExport.FILE_EXTENSION, "*.json");

    public FamilyFilesView(FamilyFilesViewModel model, I18n i18n, FileDialogs dialogs) {
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);

        Button save = Buttons.big("saveWork", i18n.text("adult.files.save"), true, () ->
                dialogs.save(window(), i18n.get("adult.files.saveTitle"), model.suggestedName(),
                        i18n.get("adult.files.filter"), PATTERNS).ifPresent(model::save));
        save.setGraphic(IconSizes.like(new FontIcon("mdi2c-content-save-outline"), save, 1.2));
        Button addFiles = Buttons.big("addWorkFiles", i18n.text("adult.files.addFiles"), false, () ->
                model.add(dialogs.openMany(window(), i18n.get("adult.files.addTitle"), i18n.get("adult.files.filter"),
                        PATTERNS)));
        addFiles.setGraphic(IconSizes.like(new FontIcon("mdi2f-file-upload-outline"), addFiles, 1.2));
        Button addFolder = Buttons.big("addWorkFolder", i18n.text("adult.files.addFolder"), false, () ->
                dialogs.folder(window(), i18n.get("adult.files.folderTitle")).ifPresent(model::addFolder));
        addFolder.setGraphic(IconSizes.like(new FontIcon("mdi2f-folder-open-outline"), addFolder, 1.2));
        for (Button button : List.of(save, addFiles, addFolder)) {
            button.disableProperty().bind(model.busyProperty());
            button.setWrapText(true);
            button.setMinWidth(0); // wraps at 200% text rather than running past the page
            button.setMinHeight(Region.USE_PREF_SIZE);
        }
        FlowPane addButtons = new FlowPane(addFiles, addFolder);
        addButtons.getStyleClass().add("export-buttons");
        // At 200% text a button as wide as the page wraps its words instead of pushing the page sideways.
        addButtons.setMinWidth(0);
        addFiles.maxWidthProperty().bind(addButtons.widthProperty());
        addFolder.maxWidthProperty().bind(addButtons.widthProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("workProgress");
        bar.progressProperty().bind(model.progressProperty());
        bar.accessibleTextProperty().bind(i18n.text("adult.files.progress"));
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = Buttons.big("cancelWork", i18n.text("profiles.form.cancel"), false, model::cancel);
        HBox progressRow = new HBox(bar, cancel);
        progressRow.getStyleClass().add("export-progress");
        progressRow.setSpacing(12);
        progressRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(model.busyProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        Label doing = new Label();
        doing.setId("workDoing");
        doing.setWrapText(true);
        doing.setMinHeight(Region.USE_PREF_SIZE);
        doing.textProperty().bind(Bindings.createStringBinding(() -> model.doingProperty().get() == null ? ""
                : text(i18n, model.doingProperty().get()), model.doingProperty(), i18n.languageProperty()));
        doing.visibleProperty().bind(model.busyProperty());
        doing.managedProperty().bind(doing.visibleProperty());
        model.busyProperty().addListener((obs, was, now) -> {
            if (now) {
                cancel.requestFocus();
            } else if (getScene() != null && (getScene().getFocusOwner() == null || getScene().getFocusOwner() == cancel)) {
                save.requestFocus();
            }
        });

        Label summary = AdultText.notice(i18n, "workSummary", model.summaryProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox fileLines = new VBox();
        fileLines.setId("workFiles");
        fileLines.setSpacing(6);
        Runnable showFiles = () -> {
            fileLines.getChildren().clear();
            for (Notice notice : model.files()) {
                fileLines.getChildren().add(line(i18n, notice));
            }
        };
        model.files().addListener((javafx.collections.ListChangeListener<Notice>) change -> showFiles.run());
        i18n.onChange(fileLines, showFiles);

        VBox page = new VBox(
                AdultText.title(i18n, "adult.files.title"),
                AdultText.subtitle(i18n, "adult.files.intro"),
                AdultText.sectionHeading(i18n, "adult.files.saveHeading"),
                AdultText.subtitle(i18n, "adult.files.saveIntro"),
                save,
                AdultText.sectionHeading(i18n, "adult.files.addHeading"),
                AdultText.subtitle(i18n, "adult.files.addIntro"),
                addButtons,
                doing, progressRow, summary, fileLines);
        page.getStyleClass().add("adult-page");
        page.setId("familyFilesPage");
        setContent(page);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** One file's line: an icon and words (not colour alone) for added or not. */
    private static Label line(I18n i18n, Notice notice) {
        Label label = AdultText.notice(i18n, null, new SimpleObjectProperty<>(notice));
        label.getStyleClass().add(notice.problem() ? "notice-problem" : "notice-done");
        label.getStyleClass().add("work-file");
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setFocusTraversable(true); // a screen reader reaches each file's line by Tab
        return label;
    }

    private static String text(I18n i18n, Notice notice) {
        return notice.text(i18n);
    }
}
