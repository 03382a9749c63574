package jaga.ui.adult;

import jaga.model.Band;
import jaga.learning.Classroom.LearnerRow;
import jaga.learning.PictureLock;
import jaga.learning.Roster;
import jaga.learning.RosterImport;
import jaga.learning.RosterTemplate;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.FileDialogs;
import jaga.ui.profiles.ProfilesViewModel;
import jaga.ui.common.ScriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Learners page: the list, and the form, delete warning and roster import opened from it. */
public final class LearnersView extends StackPane {
    private final LearnersViewModel model;
    private final I18n i18n;
    private final FileDialogs fileDialog;
    private final ListView<LearnerRow> list = new ListView<>();

    public LearnersView(LearnersViewModel model, I18n i18n, FileDialogs fileDialog) {
        this.model = model;
        this.i18n = i18n;
        this.fileDialog = fileDialog;
        getStyleClass().add("learners-page");
        model.adultLanguageProperty().bind(i18n.languageProperty());
        getChildren().addAll(
                shownIn(listPane(), LearnersViewModel.Mode.LIST),
                shownIn(scrolled(formPane()), LearnersViewModel.Mode.FORM),
                shownIn(scrolled(deletePane()), LearnersViewModel.Mode.DELETE),
                shownIn(scrolled(importPane()), LearnersViewModel.Mode.IMPORT));
        model.modeProperty().addListener((obs, old, mode) -> {
            if (mode == LearnersViewModel.Mode.LIST) {
                Focus.request(list);
            }
        });
        // Read again each time the page is shown: the Classes page may have changed who is in which class.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.load();
            }
        });
    }

    /** The page as the adult area's Learners section. */
    public static LearnersView section(jaga.learning.Classroom classroom, jaga.ui.common.Background background,
                                       I18n i18n, FileDialogs fileDialog, LearnersViewModel.RosterFromHub fromHub) {
        return new LearnersView(new LearnersViewModel(classroom, background, fromHub), i18n, fileDialog);
    }

    // ------------------------------------------------------------------ the list

    private Node listPane() {
        Label title = AdultText.title(i18n, "adult.learners.title");
        Label intro = AdultText.subtitle(i18n, "adult.learners.intro");
        Button add = Buttons.big("addLearnerAdult", i18n.text("adult.learners.add"), true, model::startAdding);
        add.setGraphic(new FontIcon("mdi2a-account-plus"));
        Button importRoster = Buttons.big("importRoster", i18n.text("adult.learners.import"), false, model::startImport);
        importRoster.setGraphic(new FontIcon("mdi2f-file-upload-outline"));
        FlowPane tools = toolbar(add, importRoster);

        Label notice = noticeLabel("learnersNotice", model.noticeProperty());

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
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        });
        // Reloading replaces the rows; keep the chosen one highlighted (an equal row does not count as a change).
        model.learners().addListener((javafx.collections.ListChangeListener<LearnerRow>) change -> {
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
        Label empty = AdultText.subtitle(i18n, "adult.learners.none");
        list.setPlaceholder(empty);

        var noSelection = model.selectedProperty().isNull();
        Button edit = Buttons.big("editLearner", i18n.text("adult.learners.edit"), false,
                () -> model.startEditing(model.selectedProperty().get()));
        edit.setGraphic(new FontIcon("mdi2p-pencil"));
        edit.disableProperty().bind(noSelection);
        Button archive = Buttons.big("archiveLearner", Bindings.createStringBinding(() -> {
            LearnerRow row = model.selectedProperty().get();
            return i18n.get(row != null && row.learner().archived() ? "adult.learners.unarchive" : "adult.learners.archive");
        }, model.selectedProperty(), i18n.languageProperty()), false,
                () -> model.toggleArchived(model.selectedProperty().get()));
        archive.setGraphic(new FontIcon("mdi2a-archive-outline"));
        archive.disableProperty().bind(noSelection);
        Button delete = Buttons.big("deleteLearner", i18n.text("adult.learners.delete"), false,
                () -> model.startDeleting(model.selectedProperty().get()));
        delete.setGraphic(new FontIcon("mdi2d-delete-outline"));
        delete.getStyleClass().add("danger-outline");
        delete.disableProperty().bind(noSelection);
        FlowPane selectedActions = toolbar(edit, archive, delete);
        Label selectedName = new Label();
        selectedName.getStyleClass().add("field-label");
        selectedName.textProperty().bind(Bindings.createStringBinding(() -> {
            LearnerRow row = model.selectedProperty().get();
            return row == null ? i18n.get("adult.learners.pickOne")
                    : i18n.get("adult.learners.selected", row.learner().displayName());
        }, model.selectedProperty(), i18n.languageProperty()));
        selectedName.setWrapText(true);
        selectedName.setMinHeight(Label.USE_PREF_SIZE);

        VBox page = new VBox(title, intro, tools, notice, list, selectedName, selectedActions);
        page.getStyleClass().add("adult-page");
        ScrollPane scroll = scrolled(page);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /** One learner: picture, name, and the facts in words (archived and picture lock said, not coloured). */
    private final class LearnerCell extends ListCell<LearnerRow> {
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
            HBox line = new HBox(Avatars.picture(row.learner().avatar(), 40), text);
            line.getStyleClass().add("learner-row");
            line.setAlignment(Pos.CENTER_LEFT);
            if (row.learner().archived()) {
                Label archived = new Label();
                archived.textProperty().bind(i18n.text("adult.learners.archived"));
                archived.getStyleClass().add("archived-chip");
                archived.setMinWidth(Label.USE_PREF_SIZE);
                line.getChildren().add(archived);
                line.getStyleClass().add("archived");
            }
            line.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setText(null);
            setGraphic(line);
            accessibleTextProperty().bind(Bindings.createStringBinding(() -> row.learner().displayName() + ". "
                    + facts(row) + (row.learner().archived() ? ". " + i18n.get("adult.learners.archived") : ""),
                    i18n.languageProperty()));
        }
    }

    private String facts(LearnerRow row) {
        List<String> parts = new ArrayList<>();
        parts.add(i18n.get("band.short." + row.learner().band().code()));
        parts.add(i18n.get("adult.language." + row.learner().language().code()));
        parts.add(row.classNames().isEmpty() ? i18n.get("adult.learners.noClass")
                : i18n.get("adult.learners.classes", String.join(", ", row.classNames())));
        parts.add(i18n.get(row.pictureLocked() ? "adult.learners.lockYes" : "adult.learners.lockNo"));
        return String.join("  \u00B7  ", parts);
    }

    // ------------------------------------------------------------------ add and edit

    private Node formPane() {
        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.editingProperty().get() == null
                ? i18n.get("adult.learners.form.addTitle")
                : i18n.get("adult.learners.form.editTitle", model.editingProperty().get().learner().displayName()),
                model.editingProperty(), i18n.languageProperty()));

        TextField name = new TextField();
        name.setId("learnerFormName");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.accessibleTextProperty().bind(i18n.text("adult.learners.form.name"));
        name.getStyleClass().add("name-field");
        Label nameLabel = fieldLabel("adult.learners.form.name", name);

        FlowPane avatars = new FlowPane();
        avatars.getStyleClass().add("avatar-choices");
        ToggleGroup avatarGroup = new ToggleGroup();
        for (Avatars.Picture avatar : Avatars.ALL) {
            ToggleButton option = new ToggleButton();
            option.setGraphic(Avatars.picture(avatar.id(), 48));
            option.setId("formAvatar-" + avatar.id());
            option.setUserData(avatar.id());
            option.getStyleClass().add("avatar-choice");
            option.accessibleTextProperty().bind(i18n.text("avatar." + avatar.id()));
            option.setToggleGroup(avatarGroup);
            avatars.getChildren().add(option);
        }
        bindChoice(avatarGroup, model.avatarProperty());
        Label avatarLabel = fieldLabel("adult.learners.form.avatar", avatars);

        FlowPane bands = choices("formBand-", "band.", ProfilesViewModel.childBands(), Band::code,
                model.bandProperty());
        Label bandLabel = fieldLabel("adult.learners.form.band", bands);

        FlowPane languages = choices("formLanguage-", "adult.language.", I18n.LANGUAGES, language -> language,
                model.languageProperty());
        Label languageLabel = fieldLabel("adult.learners.form.language", languages);

        VBox lock = pictureLockChooser();
        VBox ownModules = moduleChooser();

        Label problem = noticeLabel("learnerFormProblem", model.formProblemProperty());
        Button save = Buttons.big("saveLearnerForm", i18n.text("adult.learners.form.save"), true, model::save);
        save.disableProperty().bind(model.canSaveProperty().not());
        Button cancel = Buttons.big("cancelLearnerForm", i18n.text("adult.cancel"), false, model::cancel);
        FlowPane actions = toolbar(save, cancel);

        VBox form = new VBox(heading, nameLabel, name, avatarLabel, avatars, bandLabel, bands, languageLabel, languages,
                lock, ownModules, problem, actions);
        form.getStyleClass().addAll("card", "adult-form");
        model.modeProperty().addListener((obs, old, mode) -> {
            boolean open = mode == LearnersViewModel.Mode.FORM;
            save.setDefaultButton(open);
            cancel.setCancelButton(open);
            if (open) {
                Focus.request(name);
            }
        });
        VBox page = new VBox(form);
        page.getStyleClass().add("adult-page");
        return page;
    }

    /** The learner's own module choices, folded away: most learners need none. */
    private VBox moduleChooser() {
        VBox rows = new VBox();
        rows.setId("learnerModules");
        rows.getStyleClass().add("module-choices");
        Runnable rebuild = () -> {
            rows.getChildren().clear();
            for (jaga.content.ContentModule module : model.modules()) {
                rows.getChildren().add(ModuleChoiceRow.of(i18n, module, "learnerModule-" + module.id(),
                        "adult.learners.module.", model.moduleChoice(module.id()),
                        value -> model.setModuleChoice(module.id(), value)));
            }
        };
        // Rebuilt when the form opens (and when the learner's saved choices arrive) or the language changes.
        model.moduleChoices().addListener((javafx.collections.MapChangeListener<String, ClassesViewModel.ModuleChoice>)
                change -> {
                    if (!rows.getChildren().isEmpty()) {
                        syncChoices(rows);
                    }
                });
        model.modeProperty().addListener((obs, old, mode) -> {
            if (mode == LearnersViewModel.Mode.FORM) {
                rebuild.run();
            }
        });
        i18n.onChange(this, rebuild);
        javafx.scene.control.TitledPane folded = new javafx.scene.control.TitledPane();
        folded.setId("learnerModulesPane");
        folded.textProperty().bind(i18n.text("adult.learners.modules"));
        VBox inside = new VBox(AdultText.subtitle(i18n, "adult.learners.modulesIntro"), rows);
        inside.getStyleClass().add("adult-form");
        folded.setContent(inside);
        folded.setExpanded(false);
        folded.getStyleClass().add("learner-modules");
        return new VBox(folded);
    }

    /** Shows choices that arrived after the rows were built. */
    private void syncChoices(VBox rows) {
        for (Node row : rows.getChildren()) {
            for (Node child : ((FlowPane) row).getChildren()) {
                if (child instanceof javafx.scene.control.ComboBox<?> box && box.getId() != null) {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ComboBox<ClassesViewModel.ModuleChoice> choice =
                            (javafx.scene.control.ComboBox<ClassesViewModel.ModuleChoice>) box;
                    ClassesViewModel.ModuleChoice wanted = model.moduleChoice(box.getId().substring("learnerModule-".length()));
                    if (choice.getValue() != wanted) {
                        choice.setValue(wanted);
                    }
                }
            }
        }
    }

    private VBox pictureLockChooser() {
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("adult.learners.lock.title"));
        heading.getStyleClass().add("field-label");
        Label explain = AdultText.subtitle(i18n, "adult.learners.lock.intro");

        ToggleGroup choice = new ToggleGroup();
        RadioButton none = radio(choice, "lockNone", "adult.learners.lock.none", LearnersViewModel.LockChoice.NONE);
        RadioButton keep = radio(choice, "lockKeep", "adult.learners.lock.keep", LearnersViewModel.LockChoice.KEEP);
        RadioButton fresh = radio(choice, "lockNew", "adult.learners.lock.new", LearnersViewModel.LockChoice.NEW);
        keep.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.editingProperty().get() != null
                && model.editingProperty().get().pictureLocked(), model.editingProperty()));
        keep.managedProperty().bind(keep.visibleProperty());
        bindChoice(choice, model.lockChoiceProperty());

        FlowPane pictures = new FlowPane();
        pictures.getStyleClass().add("adult-lock-pictures");
        // The same pictures, in the same order, as the child's lock screen.
        for (Avatars.Picture lockPicture : Avatars.LOCK_PICTURES) {
            String picture = lockPicture.id();
            Button button = new Button();
            button.setId("lockPicture-" + picture);
            FontIcon icon = new FontIcon(lockPicture.iconCode());
            button.setGraphic(icon);
            button.textProperty().bind(i18n.text("pictureLock.picture." + picture));
            button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            button.getStyleClass().add("adult-lock-picture");
            button.setOnAction(e -> model.pickLockPicture(picture));
            button.disableProperty().bind(Bindings.size(model.newLock()).greaterThanOrEqualTo(PictureLock.LENGTH));
            pictures.getChildren().add(button);
        }
        Label chosen = new Label();
        chosen.setId("lockChosen");
        chosen.setWrapText(true);
        chosen.getStyleClass().add("lock-chosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> names = model.newLock().stream().map(p -> i18n.get("pictureLock.picture." + p)).toList();
            return i18n.get("adult.learners.lock.chosen", names.size(), PictureLock.LENGTH,
                    names.isEmpty() ? "-" : String.join(", ", names));
        }, model.newLock(), i18n.languageProperty()));
        Button again = Buttons.big("lockAgain", i18n.text("adult.learners.lock.again"), false, model::clearLockPictures);
        again.disableProperty().bind(Bindings.isEmpty(model.newLock()));
        VBox sequence = new VBox(pictures, chosen, again);
        sequence.getStyleClass().add("lock-sequence");
        sequence.visibleProperty().bind(model.lockChoiceProperty().isEqualTo(LearnersViewModel.LockChoice.NEW));
        sequence.managedProperty().bind(sequence.visibleProperty());

        VBox box = new VBox(heading, explain, none, keep, fresh, sequence);
        box.getStyleClass().add("lock-chooser");
        return box;
    }

    // ------------------------------------------------------------------ delete

    private Node deletePane() {
        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.textProperty().bind(aboutSelected("adult.learners.deleteTitle"));
        Label warning = new Label();
        warning.setId("deleteWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("danger-text");
        warning.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warning.textProperty().bind(aboutSelected("adult.learners.deleteWarning"));
        Label archiveHint = new Label();
        archiveHint.getStyleClass().add("screen-subtitle");
        archiveHint.setWrapText(true);
        archiveHint.textProperty().bind(aboutSelected("adult.learners.deleteArchiveHint"));
        CheckBox understood = new CheckBox();
        understood.setId("deleteUnderstood");
        understood.setWrapText(true);
        understood.textProperty().bind(aboutSelected("adult.learners.deleteUnderstood"));
        understood.selectedProperty().bindBidirectional(model.deleteUnderstoodProperty());
        Button delete = Buttons.big("confirmDeleteLearner", i18n.text("adult.learners.deleteForever"), false,
                model::delete);
        delete.getStyleClass().add("danger");
        delete.setGraphic(new FontIcon("mdi2d-delete-forever"));
        delete.disableProperty().bind(model.deleteUnderstoodProperty().not().or(model.busyProperty()));
        Button cancel = Buttons.big("cancelDeleteLearner", i18n.text("adult.cancel"), true, model::cancel);
        model.modeProperty().addListener((obs, old, mode) -> {
            boolean open = mode == LearnersViewModel.Mode.DELETE;
            cancel.setCancelButton(open);
            if (open) {
                Focus.request(cancel); // the safe choice first
            }
        });
        VBox card = new VBox(heading, warning, archiveHint, understood, toolbar(cancel, delete));
        card.getStyleClass().addAll("card", "adult-form", "danger-card");
        VBox page = new VBox(card);
        page.getStyleClass().add("adult-page");
        return page;
    }

    /** A message about the chosen learner, by name, in the adult's language. */
    private StringBinding aboutSelected(String key) {
        return Bindings.createStringBinding(() -> selectedName() == null ? "" : i18n.get(key, selectedName()),
                model.selectedProperty(), i18n.languageProperty());
    }

    private String selectedName() {
        LearnerRow row = model.selectedProperty().get();
        return row == null ? null : row.learner().displayName();
    }

    // ------------------------------------------------------------------ roster import

    private Node importPane() {
        Label heading = AdultText.title(i18n, "adult.roster.title");
        Label intro = AdultText.subtitle(i18n, "adult.roster.intro");

        TextField path = new TextField();
        path.setId("rosterPath");
        path.textProperty().bindBidirectional(model.rosterPathProperty());
        path.accessibleTextProperty().bind(i18n.text("adult.roster.file"));
        path.setOnAction(e -> model.checkRoster());
        HBox.setHgrow(path, Priority.ALWAYS);
        Label pathLabel = fieldLabel("adult.roster.file", path);
        Button choose = Buttons.big("chooseRoster", i18n.text("adult.roster.choose"), false, () ->
                fileDialog.open(getScene() == null ? null : getScene().getWindow(), i18n.get("adult.roster.choose"),
                        i18n.get("adult.roster.csvFiles"), List.of("*.csv", "*.CSV", "*.txt"))
                        .ifPresent(model::rosterChosen));
        choose.setGraphic(new FontIcon("mdi2f-folder-open-outline"));
        Button check = Buttons.big("checkRoster", i18n.text("adult.roster.check"), false, model::checkRoster);
        check.disableProperty().bind(model.busyProperty());
        // A template to start from, in the adult's language, saved where they choose.
        Button template = Buttons.big("saveRosterTemplate", i18n.text("adult.roster.template"), false, () ->
                fileDialog.save(getScene() == null ? null : getScene().getWindow(), i18n.get("adult.roster.templateTitle"),
                        RosterTemplate.fileName(i18n.language()), i18n.get("adult.roster.csvFiles"), List.of("*.csv"))
                        .ifPresent(model::saveTemplate));
        template.setGraphic(new FontIcon("mdi2f-file-table-outline"));
        template.disableProperty().bind(model.busyProperty());
        FlowPane fileActions = toolbar(choose, check, template);

        FlowPane languages = choices("rosterLanguage-", "adult.language.", I18n.LANGUAGES, language -> language,
                model.rosterLanguageProperty());
        Label languageLabel = fieldLabel("adult.roster.language", languages);

        Label refused = noticeLabel("rosterProblem", model.rosterProblemProperty());

        VBox previewBox = new VBox();
        previewBox.setId("rosterPreview");
        previewBox.getStyleClass().add("roster-preview");
        previewBox.visibleProperty().bind(model.previewProperty().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        Runnable fillPreview = () -> fillPreview(previewBox, model.previewProperty().get());
        model.previewProperty().addListener((obs, old, preview) -> fillPreview.run());
        i18n.onChange(this, fillPreview);

        Button importAll = Buttons.big("importAll", i18n.text("adult.roster.importAll"), true, model::importAll);
        importAll.disableProperty().bind(model.canImportAllProperty().not());
        importAll.visibleProperty().bind(model.previewProperty().isNotNull());
        importAll.managedProperty().bind(importAll.visibleProperty());
        Button importSkipping = Buttons.big("importSkipping", Bindings.createStringBinding(() -> {
            RosterImport.Preview preview = model.previewProperty().get();
            return i18n.get("adult.roster.importSkipping", preview == null ? 0 : preview.problems().size());
        }, model.previewProperty(), i18n.languageProperty()), false, model::importSkippingProblems);
        importSkipping.visibleProperty().bind(model.canImportSkippingProperty());
        importSkipping.managedProperty().bind(importSkipping.visibleProperty());
        Button cancel = Buttons.big("cancelImport", i18n.text("adult.cancel"), false, model::cancel);
        model.modeProperty().addListener((obs, old, mode) -> {
            boolean open = mode == LearnersViewModel.Mode.IMPORT;
            cancel.setCancelButton(open);
            if (open) {
                Focus.request(choose);
            }
        });

        VBox card = new VBox(heading, intro, pathLabel, path, fileActions, languageLabel, languages, refused,
                previewBox, toolbar(importAll, importSkipping, cancel));
        card.getStyleClass().addAll("card", "adult-form");
        VBox page = new VBox(card);
        page.getStyleClass().add("adult-page");
        return page;
    }

    private void fillPreview(VBox box, RosterImport.Preview preview) {
        box.getChildren().clear();
        if (preview == null) {
            return;
        }
        if (!preview.rows().isEmpty()) {
            Label fine = new Label(i18n.get("adult.roster.fine", preview.rows().size()));
            fine.setId("rosterFine");
            fine.setWrapText(true);
            fine.getStyleClass().add("roster-fine");
            fine.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
            box.getChildren().add(fine);
        }
        if (!preview.rows().isEmpty()) {
            Label bands = new Label(i18n.get("adult.roster.bands", bandCounts(preview)));
            bands.setId("rosterBands");
            bands.setWrapText(true);
            box.getChildren().add(bands);
        }
        if (!preview.classNames().isEmpty()) {
            Label classes = new Label(i18n.get("adult.roster.classes", String.join(", ", preview.classNames())));
            classes.setId("rosterClasses");
            classes.setWrapText(true);
            box.getChildren().add(classes);
        }
        if (preview.hasProblems()) {
            Label count = new Label(i18n.get(preview.rows().isEmpty() ? "adult.roster.problemsNoGood"
                    : "adult.roster.problems", preview.problems().size()));
            count.setWrapText(true);
            count.getStyleClass().add("danger-text");
            count.setGraphic(new FontIcon("mdi2a-alert-outline"));
            VBox lines = new VBox();
            lines.setId("rosterProblems");
            lines.getStyleClass().add("roster-problems");
            for (Roster.Problem problem : preview.problems()) {
                Label line = new Label(problemText(problem));
                line.setWrapText(true);
                line.getStyleClass().add("roster-problem");
                line.setFocusTraversable(true); // a keyboard or screen reader user reads each row's problem
                line.setAccessibleText(line.getText());
                lines.getChildren().add(line);
            }
            box.getChildren().addAll(count, lines);
        } else if (preview.rows().isEmpty()) {
            box.getChildren().add(AdultText.subtitle(i18n, "adult.roster.nothing"));
        }
    }

    /** "Line 8 (Chong Wei Ming): ..." in the adult's language: the row, whose it is, what is wrong and what to change. */
    private String problemText(Roster.Problem problem) {
        String kind = "roster.problem." + problem.kind().name()
                + (problem.kind() == Roster.Kind.BAND_LOOKS_LIKE_DATE && !problem.suggestion().isEmpty() ? ".likely" : "");
        String what = i18n.get(kind, problem.detail(), problem.suggestion());
        return problem.learner().isEmpty() ? i18n.get("roster.problem.line", problem.line(), what)
                : i18n.get("roster.problem.lineNamed", problem.line(), problem.learner(), what);
    }

    /** "Ages 10-12 (27 rows) · Ages 13-17 (1 row)": the bands the good rows were given, to check before importing. */
    private String bandCounts(RosterImport.Preview preview) {
        java.util.Map<Band, Long> counts = new java.util.TreeMap<>();
        preview.rows().forEach(row -> counts.merge(row.band(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> i18n.get("adult.roster.bandCount",
                        i18n.get("band.short." + e.getKey().code()), e.getValue()))
                .collect(java.util.stream.Collectors.joining(" \u00B7 "));
    }

    // ------------------------------------------------------------------ small builders

    private Node shownIn(Node pane, LearnersViewModel.Mode mode) {
        pane.visibleProperty().bind(model.modeProperty().isEqualTo(mode));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private static ScrollPane scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    /**
     * A row of buttons that wraps onto more lines when the page is narrow; at large text sizes a
     * button wider than the page wraps its own words instead of pushing the page sideways.
     */
    static FlowPane toolbar(Node... buttons) {
        FlowPane bar = new FlowPane(buttons) {
            // A flow pane is normally at least as wide as its widest child's preferred width;
            // this one may be as narrow as its widest child can shrink, so the page never scrolls sideways.
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + snappedRightInset() + getManagedChildren().stream()
                        .mapToDouble(child -> child.minWidth(-1)).max().orElse(0);
            }
        };
        bar.getStyleClass().add("adult-toolbar");
        for (Node node : buttons) {
            fit(bar, node);
        }
        return bar;
    }

    /** Lets a control in a {@link #toolbar} wrap its words rather than be wider than the bar. */
    static void fit(FlowPane bar, Node node) {
        if (node instanceof javafx.scene.control.Labeled labeled) {
            labeled.setWrapText(true);
            labeled.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            labeled.maxWidthProperty().bind(bar.widthProperty());
        } else if (node instanceof javafx.scene.control.TextField field) {
            field.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            field.maxWidthProperty().bind(bar.widthProperty());
        }
    }

    private Label fieldLabel(String key, Node field) {
        return AdultText.fieldLabel(i18n, key, field);
    }

    private Label noticeLabel(String id, ObjectProperty<Notice> notice) {
        return AdultText.notice(i18n, id, notice);
    }

    /**
     * One toggle button a value, in a wrapping row, kept in step with the property: the button's id
     * is {@code idPrefix} and its message key {@code keyPrefix}, each followed by the value's code.
     */
    private <T> FlowPane choices(String idPrefix, String keyPrefix, List<T> values,
                                 java.util.function.Function<T, String> code, Property<T> property) {
        FlowPane row = toolbar();
        row.getStyleClass().add("band-choices");
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            ToggleButton option = choice(group, idPrefix + code.apply(value), keyPrefix + code.apply(value), value);
            row.getChildren().add(option);
            fit(row, option);
        }
        bindChoice(group, property);
        return row;
    }

    private ToggleButton choice(ToggleGroup group, String id, String key, Object value) {
        ToggleButton option = option(new ToggleButton(), group, id, key, value);
        option.getStyleClass().add("band-choice");
        return option;
    }

    private RadioButton radio(ToggleGroup group, String id, String key, Object value) {
        return option(new RadioButton(), group, id, key, value);
    }

    /** One labelled, wrapping option of a group, for toggle rows and radio buttons alike. */
    private <B extends ToggleButton> B option(B option, ToggleGroup group, String id, String key, Object value) {
        option.setId(id);
        option.textProperty().bind(i18n.text(key));
        option.setUserData(value);
        option.setToggleGroup(group);
        option.setWrapText(true);
        return option;
    }

    /** Keeps a toggle group and a property in step; one option is always chosen. */
    static <T> void bindChoice(ToggleGroup group, Property<T> property) {
        Runnable fromModel = () -> group.getToggles().stream()
                .filter(t -> java.util.Objects.equals(t.getUserData(), property.getValue())).findFirst()
                .ifPresent(t -> t.setSelected(true));
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                if (old != null) {
                    old.setSelected(true);
                }
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) selected.getUserData();
                property.setValue(value);
            }
        });
        property.addListener((obs, old, value) -> fromModel.run());
        fromModel.run();
    }
}
