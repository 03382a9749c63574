package jaga.ui.profiles;

import jaga.ui.adult.PinGateView;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Who is learning?": the pictures ({@link ChooserPane}), a child's picture lock
 * ({@link PictureLockPane}), the adult's PIN, the first-use question ({@link FirstUseCard}) and
 * the new-learner form ({@link NewLearnerForm}), one at a time as the model's mode says.
 */
public final class ProfilesView extends StackPane {

    private final ProfilesViewModel model;
    private final KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private final Runnable focusSearch;
    private Long returningFrom;
    private final I18n i18n;
    private final Map<ProfilesViewModel.Mode, Node> panes = new EnumMap<>(ProfilesViewModel.Mode.class);
    private final VBox column = new VBox();

    public ProfilesView(ProfilesViewModel model, I18n i18n) {
        this.model = model;
        getStyleClass().addAll("screen", "profiles-screen");
        LearnerChooserViewModel chooserModel = model.chooser();
        chooserModel.languageProperty().bind(i18n.languageProperty());
        pseudoClassStateChanged(ChooserPane.LAB, chooserModel.labProperty().get());
        chooserModel.labProperty().addListener((obs, was, now) -> pseudoClassStateChanged(ChooserPane.LAB, now));

        this.i18n = i18n;
        ChooserPane chooser = new ChooserPane(model, i18n);
        shownIn(chooser, ProfilesViewModel.Mode.CHOOSE);
        panes.put(ProfilesViewModel.Mode.CHOOSE, chooser);
        column.getChildren().add(chooser);
        focusSearch = chooser::focusSearch;
        pane(model.modeProperty().get()); // a first run opens on the adult's PIN

        model.modeProperty().addListener((obs, was, now) -> {
            Node shown = pane(now);
            if (was == ProfilesViewModel.Mode.PICTURE_LOCK && now == ProfilesViewModel.Mode.CHOOSE) {
                chooser.focusTile(returningFrom);
            }
            var unlocking = model.pictureLock().unlockingProperty().get();
            returningFrom = unlocking == null ? null : unlocking.id();
            if (shown instanceof PictureLockPane lock) {
                lock.focusFirstPicture();
            } else if (shown instanceof NewLearnerForm form) {
                form.reset();
                Focus.request(form.nameField());
            }
        });

        // One scroll for the whole screen: at 200% text a fixed search bar would leave no room for pictures.
        // Focus scrolls what it reaches into view, and Ctrl+F or typing a letter brings the search back.
        ScrollPane scroll = new ScrollPane(column);
        scroll.setId("profilesScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        getChildren().add(scroll);

        // Ctrl+F (Cmd+F) finds a name, while this screen shows.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(findKey, focusSearch);
            }
            if (scene != null) {
                scene.getAccelerators().put(findKey, focusSearch);
            }
        });
        model.loadedProperty().addListener((obs, was, now) -> {
            if (now) {
                chooser.focusFirst();
            }
        });
    }

    /**
     * Makes the alphabetical orders and the name folding the pictures need, on the calling thread:
     * start-up calls it off the JavaFX thread, where building them would delay the first frame by a
     * few tens of milliseconds on a cold start (the JDK keeps them for the screen).
     */
    public static void prepare() {
        for (jaga.model.Language language : jaga.model.Language.values()) {
            NameSearch.collator(language.code());
        }
        NameSearch.folded("Mu'az Iskandar");
    }

    /**
     * The pane of a mode, built the first time it is needed: the first screen is only the pictures,
     * which keeps Jaga's first frame cheap (issue 21).
     */
    private Node pane(ProfilesViewModel.Mode mode) {
        Node existing = panes.get(mode);
        if (existing != null) {
            return existing;
        }
        LearnerChooserViewModel chooserModel = model.chooser();
        Node pane = switch (mode) {
            case CHOOSE -> throw new IllegalStateException("the pictures are built with the screen");
            case PICTURE_LOCK -> new PictureLockPane(model.pictureLock(), i18n);
            case ADULT_PIN -> new PinGateView(model.gate(), i18n, "pin.enter.intro", model::cancel,
                    Bindings.isNotEmpty(chooserModel.learners()));
            case FIRST_USE -> new FirstUseCard(model, i18n);
            case ADD_LEARNER -> new NewLearnerForm(model.form(), i18n, Bindings.isNotEmpty(chooserModel.learners()),
                    model::cancel);
        };
        shownIn(pane, mode);
        panes.put(mode, pane);
        column.getChildren().add(pane);
        return pane;
    }

    private void shownIn(Node pane, ProfilesViewModel.Mode mode) {
        pane.visibleProperty().bind(model.modeProperty().isEqualTo(mode));
        pane.managedProperty().bind(pane.visibleProperty());
    }
}
