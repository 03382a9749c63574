package jaga.ui.adult;

import jaga.model.Band;
import jaga.content.ContentModule;
import jaga.ui.common.Avatars;
import jaga.ui.common.Buttons;
import jaga.ui.common.Choices;
import jaga.ui.common.FieldCheck;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.IconSizes;
import jaga.ui.common.Toolbar;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The learner form: add a learner or edit one, with their picture lock and their own modules. */
final class LearnerFormPane extends ScrollPane {
    private final LearnerFormViewModel form;
    private final I18n i18n;

    LearnerFormPane(LearnersViewModel page, I18n i18n) {
        this.form = page.form();
        this.i18n = i18n;
        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> form.editingProperty().get() == null
                ? i18n.get("adult.learners.form.addTitle")
                : i18n.get("adult.learners.form.editTitle", form.editingProperty().get().learner().displayName()),
                form.editingProperty(), i18n.languageProperty()));

        TextField name = new TextField();
        name.setId("learnerFormName");
        name.textProperty().bindBidirectional(form.nameProperty());
        name.accessibleTextProperty().bind(i18n.text("adult.learners.form.name"));
        name.getStyleClass().add("name-field");
        Label nameLabel = AdultText.fieldLabel(i18n, "adult.learners.form.name", name);
        Label nameProblem = FieldCheck.attach(name, AdultText.said(i18n, form.nameProblemProperty()),
                "learnerFormNameProblem");

        FlowPane avatars = avatarChoices();
        Label avatarLabel = AdultText.fieldLabel(i18n, "adult.learners.form.avatar", avatars);

        FlowPane bands = Choices.row(i18n, "formBand-", "band.", AdultFormat.CHILD_BANDS, Band::code,
                form.bandProperty());
        Label bandLabel = AdultText.fieldLabel(i18n, "adult.learners.form.band", bands);

        FlowPane languages = Choices.row(i18n, "formLanguage-", "adult.language.", I18n.LANGUAGES,
                language -> language, form.languageProperty());
        Label languageLabel = AdultText.fieldLabel(i18n, "adult.learners.form.language", languages);

        Node lock = new PictureLockChooser(form, i18n);
        Node ownModules = moduleChooser(page);

        Label problem = AdultText.notice(i18n, "learnerFormProblem", form.problemProperty());
        Button save = Buttons.big("saveLearnerForm", i18n.text("adult.learners.form.save"), true, form::save);
        save.disableProperty().bind(form.canSaveProperty().not());
        Button cancel = Buttons.big("cancelLearnerForm", i18n.text("adult.cancel"), false, page::cancel);

        VBox card = new VBox(heading, nameLabel, name, nameProblem, avatarLabel, avatars, bandLabel, bands,
                languageLabel, languages, lock, ownModules, problem, Toolbar.of(save, cancel));
        card.getStyleClass().addAll("card", "adult-form");
        page.modeProperty().addListener((obs, old, mode) -> {
            boolean open = mode == LearnersViewModel.Mode.FORM;
            save.setDefaultButton(open);
            cancel.setCancelButton(open);
            if (open) {
                Focus.request(name);
            }
        });
        VBox content = new VBox(card);
        content.getStyleClass().add("adult-page");
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("screen-scroll");
    }

    private FlowPane avatarChoices() {
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
        Choices.bind(avatarGroup, form.avatarProperty());
        return avatars;
    }

    /** The learner's own module choices, folded away: most learners need none. */
    private Node moduleChooser(LearnersViewModel page) {
        VBox rows = new VBox();
        rows.setId("learnerModules");
        rows.getStyleClass().add("module-choices");
        Runnable rebuild = () -> {
            rows.getChildren().clear();
            for (ContentModule module : form.modules()) {
                rows.getChildren().add(ModuleChoiceRow.of(i18n, module, "learnerModule-" + module.id(),
                        "adult.learners.module.", form.moduleChoice(module.id()),
                        value -> form.setModuleChoice(module.id(), value)));
            }
        };
        // Rebuilt when the form opens (and when the learner's saved choices arrive) or the language changes.
        form.moduleChoices().addListener((MapChangeListener<String, ClassesViewModel.ModuleChoice>) change -> {
            if (!rows.getChildren().isEmpty()) {
                syncChoices(rows);
            }
        });
        page.modeProperty().addListener((obs, old, mode) -> {
            if (mode == LearnersViewModel.Mode.FORM) {
                rebuild.run();
            }
        });
        i18n.onChange(this, rebuild);
        // A fold-out of our own, not a TitledPane: a TitledPane's title never wraps, and at 200% text it
        // either pushed the form wider than the page or ended in "...".
        VBox inside = new VBox(AdultText.subtitle(i18n, "adult.learners.modulesIntro"), rows);
        inside.getStyleClass().addAll("adult-form", "fold-content");
        ToggleButton open = new ToggleButton();
        open.setId("learnerModulesToggle");
        open.textProperty().bind(i18n.text("adult.learners.modules"));
        open.getStyleClass().add("fold-toggle");
        open.setWrapText(true);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setMinHeight(Region.USE_PREF_SIZE);
        open.setAlignment(Pos.CENTER_LEFT);
        FontIcon arrow = IconSizes.like(new FontIcon("mdi2c-chevron-right"), open, 1.0);
        open.setGraphic(arrow);
        open.selectedProperty().addListener((obs, was, shown) ->
                arrow.setIconLiteral(shown ? "mdi2c-chevron-down" : "mdi2c-chevron-right"));
        // A screen reader says whether the choices are shown, as it did for the TitledPane this replaced.
        open.accessibleHelpProperty().bind(javafx.beans.binding.Bindings.when(open.selectedProperty())
                .then(i18n.text("adult.learners.modules.shown")).otherwise(i18n.text("adult.learners.modules.hidden")));
        inside.visibleProperty().bind(open.selectedProperty());
        inside.managedProperty().bind(inside.visibleProperty());
        page.modeProperty().addListener((obs, old, mode) -> open.setSelected(false)); // folded each time it opens
        VBox folded = new VBox(open, inside);
        folded.setId("learnerModulesPane");
        folded.getStyleClass().add("learner-modules");
        return folded;
    }

    /** Shows choices that arrived after the rows were built. */
    private void syncChoices(VBox rows) {
        for (Node row : rows.getChildren()) {
            for (Node child : ((FlowPane) row).getChildren()) {
                if (child instanceof ComboBox<?> box && box.getId() != null) {
                    @SuppressWarnings("unchecked")
                    ComboBox<ClassesViewModel.ModuleChoice> choice = (ComboBox<ClassesViewModel.ModuleChoice>) box;
                    ClassesViewModel.ModuleChoice wanted = form.moduleChoice(box.getId().substring("learnerModule-".length()));
                    if (choice.getValue() != wanted) {
                        choice.setValue(wanted);
                    }
                }
            }
        }
    }
}
