package jaga.ui.adult;

import jaga.ui.common.IconSizes;
import jaga.model.Band;
import jaga.content.ContentModule;
import jaga.learning.Classroom.ClassRow;
import jaga.learning.Classroom.LearnerRow;
import jaga.ui.common.Buttons;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.ScriptText;
import jaga.ui.common.FieldCheck;
import jaga.ui.common.Toolbar;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Classes page: the classes, and for the chosen one its name, members, bands and modules.
 * Every change is saved as it is made: "Saved" appears beside the part just changed, and a line at
 * the foot of the page, always in view however far the page is scrolled, says what was saved.
 */
public final class ClassesView extends BorderPane {
    private final ClassesViewModel model;
    private final I18n i18n;
    private final ListView<ClassRow> list = new ListView<>();
    private final FlowPane memberBoxes = Toolbar.of();
    private final VBox moduleRows = new VBox();

    public ClassesView(ClassesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("classes-page");
        ScrollPane scroll = new ScrollPane();
        scroll.getStyleClass().add("screen-scroll");
        scroll.setFitToWidth(true);

        Label title = AdultText.title(i18n, "adult.classes.title");
        Label intro = AdultText.subtitle(i18n, "adult.classes.intro");

        TextField newName = new TextField();
        newName.setId("newClassName");
        newName.textProperty().bindBidirectional(model.newClassNameProperty());
        newName.accessibleTextProperty().bind(i18n.text("adult.classes.newName"));
        newName.setOnAction(e -> model.createClass());
        newName.setPrefColumnCount(18);
        Label newNameLabel = AdultText.fieldLabel(i18n, "adult.classes.newName", newName);
        Label newNameProblem = FieldCheck.attach(newName, AdultText.said(i18n, Bindings.createObjectBinding(
                () -> ClassNames.problem(model.newClassNameProperty().get(), model.classes(), true),
                model.newClassNameProperty(), model.classes())), "newClassNameProblem");
        Button create = Buttons.big("createClass", i18n.text("adult.classes.create"), true, model::createClass);
        create.setGraphic(IconSizes.like(new FontIcon("mdi2p-plus"), create, 1.2));
        FlowPane createRow = Toolbar.of(FieldCheck.withLine(newName, newNameProblem), create);
        newName.setMinWidth(8 * 16); // narrower than its 18 columns on a narrow page (large text): never sideways scrolling
        createRow.setAlignment(Pos.CENTER_LEFT);
        createRow.setRowValignment(javafx.geometry.VPos.TOP); // the button stays put when a problem line appears

        // What was just saved (or went wrong), at the foot of the page where it stays in view.
        Label notice = AdultText.notice(i18n, "classesNotice", model.noticeProperty());
        Label saving = new Label();
        saving.textProperty().bind(i18n.text("adult.classes.saving"));
        saving.getStyleClass().add("classes-saving");
        saving.visibleProperty().bind(model.busyProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        HBox status = new HBox(notice, saving);
        status.setId("classesStatus");
        status.getStyleClass().add("classes-status");
        status.setAlignment(Pos.CENTER_LEFT);
        status.visibleProperty().bind(model.noticeProperty().isNotNull().or(model.busyProperty()));
        status.managedProperty().bind(status.visibleProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Label.USE_PREF_SIZE);

        list.setId("classList");
        list.setItems(model.classes());
        list.getStyleClass().add("adult-list");
        list.accessibleTextProperty().bind(i18n.text("adult.classes.listLabel"));
        list.setCellFactory(view -> new ClassCell());
        list.setPlaceholder(AdultText.subtitle(i18n, "adult.classes.none"));
        list.getStyleClass().add("class-list");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
            // The same class read again after a save keeps its check boxes (and the keyboard focus).
            if (old == null || row == null || old.schoolClass().id() != row.schoolClass().id()) {
                rebuildMembers();
                rebuildModules();
            }
        });

        // Reloading replaces the rows; keep the chosen one highlighted (an equal row does not count as a change).
        model.classes().addListener((javafx.collections.ListChangeListener<ClassRow>) change -> {
            if (model.selectedProperty().get() != null) {
                list.getSelectionModel().select(model.selectedProperty().get());
            }
        });
        VBox detail = detail();
        detail.visibleProperty().bind(model.selectedProperty().isNotNull());
        detail.managedProperty().bind(detail.visibleProperty());
        Label pick = AdultText.subtitle(i18n, "adult.classes.pickOne");
        pick.visibleProperty().bind(model.selectedProperty().isNull().and(Bindings.isNotEmpty(model.classes())));
        pick.managedProperty().bind(pick.visibleProperty());

        VBox page = new VBox(title, intro, newNameLabel, createRow, list, pick, detail);
        page.getStyleClass().add("adult-page");
        scroll.setContent(page);
        setCenter(scroll);
        setBottom(status);
        i18n.onChange(this, this::rebuildModules);
        // Read again each time the page is shown: learners may have been added or archived meanwhile.
        // A new name typed but not yet confirmed is kept when the adult goes to another page.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.load();
            } else {
                model.leavingName();
            }
        });
    }

    /** The page as the adult area's Classes section. */
    public static ClassesView section(jaga.learning.Classroom classroom, jaga.ui.common.Background background,
                                      I18n i18n) {
        return section(classroom, background, i18n, jaga.ui.common.RememberedPlaces.inMemory());
    }

    /** The page as the adult area's Classes section, opening on the class looked at last. */
    public static ClassesView section(jaga.learning.Classroom classroom, jaga.ui.common.Background background,
                                      I18n i18n, jaga.ui.common.RememberedPlaces places) {
        return new ClassesView(new ClassesViewModel(classroom, background, places), i18n);
    }

    private final class ClassCell extends ListCell<ClassRow> {
        @Override
        protected void updateItem(ClassRow row, boolean empty) {
            super.updateItem(row, empty);
            accessibleTextProperty().unbind();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(row.schoolClass().name());
            name.getStyleClass().add("learner-row-name");
            name.setWrapText(true);
            Label count = new Label();
            count.textProperty().bind(i18n.text("adult.classes.memberCount", row.members().size()));
            count.getStyleClass().add("learner-row-facts");
            VBox text = new VBox(name, count);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            HBox line = new HBox(new FontIcon("mdi2g-google-classroom"), text);
            line.getStyleClass().add("learner-row");
            line.setAlignment(Pos.CENTER_LEFT);
            if (row.schoolClass().archived()) {
                Label archived = new Label();
                archived.textProperty().bind(i18n.text("adult.classes.archived"));
                archived.getStyleClass().add("archived-chip");
                archived.setMinWidth(Label.USE_PREF_SIZE);
                line.getChildren().add(archived);
            }
            line.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setText(null);
            setGraphic(line);
            accessibleTextProperty().bind(Bindings.createStringBinding(() -> row.schoolClass().name() + ". "
                    + i18n.get("adult.classes.memberCount", row.members().size())
                    + (row.schoolClass().archived() ? ". " + i18n.get("adult.classes.archived") : ""),
                    i18n.languageProperty()));
        }
    }

    private VBox detail() {
        Label heading = new Label();
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : i18n.get("adult.classes.heading", model.selectedProperty().get().schoolClass().name()),
                model.selectedProperty(), i18n.languageProperty()));

        TextField rename = new TextField();
        rename.setId("renameClass");
        rename.textProperty().bindBidirectional(model.renameProperty());
        rename.accessibleTextProperty().bind(i18n.text("adult.classes.name"));
        rename.setOnAction(e -> model.renameSelected());
        rename.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.leavingName(); // moving on keeps the new name, as everything else on the page is kept
            }
        });
        rename.setPrefColumnCount(18);
        Label renameLabel = AdultText.fieldLabel(i18n, "adult.classes.name", rename);
        Label renameProblem = FieldCheck.attach(rename, AdultText.said(i18n, Bindings.createObjectBinding(
                () -> ClassNames.problem(model.renameProperty().get(), model.classes(), false),
                model.renameProperty())), "renameClassProblem");
        Button renameButton = Buttons.big("renameClassButton", i18n.text("adult.classes.rename"), false,
                model::renameSelected);
        Button archive = Buttons.big("archiveClass", Bindings.createStringBinding(() -> {
            ClassRow row = model.selectedProperty().get();
            return i18n.get(row != null && row.schoolClass().archived() ? "adult.classes.unarchive"
                    : "adult.classes.archive");
        }, model.selectedProperty(), i18n.languageProperty()), false, model::toggleArchivedSelected);
        archive.setGraphic(IconSizes.like(new FontIcon("mdi2a-archive-outline"), archive, 1.2));
        Button delete = Buttons.big("deleteClass", i18n.text("adult.classes.delete"), false, model::startDeleting);
        delete.setGraphic(IconSizes.like(new FontIcon("mdi2d-delete-outline"), delete, 1.2));
        delete.getStyleClass().add("danger-outline");
        FlowPane nameRow = Toolbar.of(FieldCheck.withLine(rename, renameProblem), renameButton, archive, delete);
        rename.setMinWidth(8 * 16);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        nameRow.setRowValignment(javafx.geometry.VPos.TOP);

        VBox confirm = deleteConfirmation();

        Node membersHeading = headingWithSaved("adult.classes.members", ClassesViewModel.Part.MEMBERS);
        memberBoxes.setId("classMembers");
        memberBoxes.getStyleClass().add("member-choices");
        Label membersNone = AdultText.subtitle(i18n, "adult.classes.noLearners");
        membersNone.visibleProperty().bind(Bindings.isEmpty(memberBoxes.getChildren()));
        membersNone.managedProperty().bind(membersNone.visibleProperty());
        model.learners().addListener((javafx.collections.ListChangeListener<LearnerRow>) c -> rebuildMembers());

        Node bandsHeading = headingWithSaved("adult.classes.bands", ClassesViewModel.Part.BANDS);
        Label bandsIntro = AdultText.subtitle(i18n, "adult.classes.bandsIntro");
        FlowPane bandBoxes = Toolbar.of();
        bandBoxes.getStyleClass().add("member-choices");
        for (Band band : AdultFormat.CHILD_BANDS) {
            CheckBox box = new CheckBox();
            box.setId("classBand-" + band.code());
            box.textProperty().bind(i18n.text("band." + band.code()));
            box.setOnAction(e -> model.setBand(band, box.isSelected()));
            model.bands().addListener((javafx.collections.SetChangeListener<Band>) c ->
                    box.setSelected(model.bands().contains(band)));
            bandBoxes.getChildren().add(box);
            Toolbar.fit(bandBoxes, box);
        }

        Node modulesHeading = headingWithSaved("adult.classes.modules", ClassesViewModel.Part.MODULES);
        Label modulesIntro = AdultText.subtitle(i18n, "adult.classes.modulesIntro");
        moduleRows.setId("classModules");
        moduleRows.getStyleClass().add("module-choices");
        model.modules().addListener((javafx.collections.ListChangeListener<ContentModule>) c -> rebuildModules());

        VBox card = new VBox(heading, renameLabel, nameRow, confirm, membersHeading, memberBoxes, membersNone,
                bandsHeading, bandsIntro, bandBoxes, modulesHeading, modulesIntro, moduleRows);
        card.getStyleClass().addAll("card", "adult-form");
        return card;
    }

    /** A part's heading with "Saved" beside it just after that part was saved: where the adult is looking. */
    private Node headingWithSaved(String key, ClassesViewModel.Part part) {
        Label heading = AdultText.sectionHeading(i18n, key);
        Label saved = new Label();
        saved.setId("saved-" + part.name().toLowerCase(java.util.Locale.ROOT));
        saved.textProperty().bind(i18n.text("adult.classes.savedShort"));
        saved.setGraphic(IconSizes.like(new FontIcon("mdi2c-check-circle-outline"), saved, 1.2));
        saved.getStyleClass().add("saved-mark");
        saved.visibleProperty().bind(model.savedPartProperty().isEqualTo(part));
        saved.setMinWidth(Label.USE_PREF_SIZE);
        saved.managedProperty().bind(saved.visibleProperty());
        FlowPane row = Toolbar.of(heading); // as narrow as the page, the heading wrapping
        row.getChildren().add(saved);
        row.getStyleClass().add("heading-with-saved");
        row.setAlignment(Pos.BOTTOM_LEFT);
        return row;
    }

    private VBox deleteConfirmation() {
        Label warning = new Label();
        warning.setId("deleteClassWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("danger-text");
        warning.setGraphic(IconSizes.like(new FontIcon("mdi2a-alert-outline"), warning, 1.2));
        warning.textProperty().bind(Bindings.createStringBinding(() -> {
            ClassRow row = model.selectedProperty().get();
            return row == null ? "" : i18n.get("adult.classes.deleteWarning", row.schoolClass().name(),
                    row.members().size());
        }, model.selectedProperty(), i18n.languageProperty()));
        Button cancel = Buttons.big("cancelDeleteClass", i18n.text("adult.cancel"), true, model::cancelDeleting);
        Button delete = Buttons.big("confirmDeleteClass", i18n.text("adult.classes.deleteConfirm"), false,
                model::deleteSelected);
        delete.getStyleClass().add("danger");
        VBox box = new VBox(warning, Toolbar.of(cancel, delete));
        box.getStyleClass().add("danger-card");
        box.visibleProperty().bind(model.confirmingDeleteProperty());
        box.managedProperty().bind(box.visibleProperty());
        model.confirmingDeleteProperty().addListener((obs, was, now) -> {
            cancel.setCancelButton(now);
            if (now) {
                Focus.request(cancel); // the safe choice first
            }
        });
        return box;
    }

    private void rebuildMembers() {
        memberBoxes.getChildren().clear();
        if (model.selectedProperty().get() == null) {
            return;
        }
        for (LearnerRow learner : model.memberChoices()) {
            long id = learner.learner().id();
            CheckBox box = ScriptText.names(new CheckBox(learner.learner().displayName()));
            box.setId("member-" + id);
            box.setSelected(model.members().contains(id));
            box.setOnAction(e -> model.setMember(id, box.isSelected()));
            box.setMnemonicParsing(false);
            memberBoxes.getChildren().add(box);
            Toolbar.fit(memberBoxes, box);
        }
    }

    private void rebuildModules() {
        moduleRows.getChildren().clear();
        if (model.selectedProperty().get() == null) {
            return;
        }
        for (ContentModule module : model.modules()) {
            moduleRows.getChildren().add(ModuleChoiceRow.of(i18n, module, "moduleChoice-" + module.id(),
                    "adult.classes.module.", model.moduleChoice(module.id()),
                    value -> model.setModuleChoice(module.id(), value)));
        }
    }
}
