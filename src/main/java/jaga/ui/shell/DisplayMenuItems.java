package jaga.ui.shell;

import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.common.Session;
import jaga.ui.speech.ReadAloud;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The Display menu's items: text size, high contrast, chat messages at once, less movement, and
 * read aloud. Shown by the header's Display button and, at large text, inside its compact Menu;
 * both sets are bound to the same settings.
 */
final class DisplayMenuItems {
    private final I18n i18n;
    private final DisplaySettings display;
    private final Session session;
    private final ReadAloud readAloud;
    private final Consumer<Boolean> autoRead;
    private final String installAdvice;
    private final Runnable readWholeStep;

    DisplayMenuItems(I18n i18n, DisplaySettings display, Session session, ReadAloud readAloud, Consumer<Boolean> autoRead,
                     String installAdvice, Runnable readWholeStep) {
        this.i18n = i18n;
        this.display = display;
        this.session = session;
        this.readAloud = readAloud;
        this.autoRead = autoRead;
        this.installAdvice = installAdvice;
        this.readWholeStep = readWholeStep;
    }

    /**
     * A fresh set of the items; made twice, for the Display button and for the compact menu.
     *
     * @param idSuffix added to each item's id, so the two sets can be told apart
     */
    List<MenuItem> create(String idSuffix) {
        List<MenuItem> items = new java.util.ArrayList<>();
        ToggleGroup sizes = new ToggleGroup();
        for (int size : DisplaySettings.TEXT_SIZES) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("textSize-" + size + idSuffix);
            item.textProperty().bind(i18n.text("display.textSize", size));
            item.setToggleGroup(sizes);
            item.setSelected(display.textSizeProperty().get() == size);
            display.textSizeProperty().addListener((obs, old, now) -> item.setSelected(now.intValue() == size));
            item.setOnAction(e -> display.textSizeProperty().set(size));
            items.add(item);
        }
        CheckMenuItem contrast = new CheckMenuItem();
        contrast.setId("highContrast" + idSuffix);
        contrast.textProperty().bind(i18n.text("display.highContrast"));
        contrast.selectedProperty().bindBidirectional(display.highContrastProperty());
        CheckMenuItem instant = new CheckMenuItem();
        instant.setId("instantMessages" + idSuffix);
        instant.textProperty().bind(i18n.text("display.instant"));
        instant.selectedProperty().bindBidirectional(display.instantMessagesProperty());
        CheckMenuItem still = new CheckMenuItem();
        still.setId("reducedMotion" + idSuffix);
        still.textProperty().bind(i18n.text("display.reducedMotion"));
        still.selectedProperty().bindBidirectional(display.reducedMotionProperty());
        items.addAll(List.of(new SeparatorMenuItem(), contrast, instant, still));
        if (readAloud != null) {
            items.addAll(speechItems(idSuffix));
        }
        return items;
    }

    /**
     * Read aloud: auto-read for the learner using Jaga (until the adult area has it), and what
     * to install where this computer has no voice.
     */
    private List<MenuItem> speechItems(String idSuffix) {
        CheckMenuItem auto = new CheckMenuItem();
        auto.setId("autoRead" + idSuffix);
        auto.textProperty().bind(i18n.text("speech.autoRead"));
        auto.selectedProperty().bindBidirectional(readAloud.autoReadProperty());
        auto.setOnAction(e -> {
            if (autoRead != null) {
                autoRead.accept(auto.isSelected());
            }
        });
        auto.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> readAloud.installed() && session.learner() != null, readAloud.engineProperty(), session.learnerProperty()));
        MenuItem readStep = new MenuItem();
        readStep.setId("readStep" + idSuffix);
        readStep.textProperty().bind(i18n.text("speech.readStep"));
        readStep.setOnAction(e -> readWholeStep.run());
        readStep.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> readAloud.canSpeak(i18n.language()), readAloud.engineProperty(), i18n.languageProperty()));
        // Advice to read, not a command: a label (a disabled item would be too faint to read).
        Label adviceText = new Label();
        adviceText.setId("speechAdviceText" + idSuffix);
        adviceText.setWrapText(true);
        adviceText.setMaxWidth(360);
        adviceText.getStyleClass().add("speech-advice");
        adviceText.textProperty().bind(Bindings.createStringBinding(() -> !readAloud.installed() && installAdvice != null
                ? i18n.get(installAdvice) : i18n.get("speech.noVoice"), readAloud.engineProperty(), i18n.languageProperty()));
        CustomMenuItem advice = new CustomMenuItem(adviceText, false);
        advice.setId("speechAdvice" + idSuffix);
        advice.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> readAloud.searchedProperty().get() && !readAloud.canSpeak(i18n.language()),
                readAloud.searchedProperty(), readAloud.engineProperty(), i18n.languageProperty()));
        // When the speech program failed (no audio device, ...): the child sees "Sound did not work", adults why.
        Label whyText = jaga.ui.speech.SpeechTroubleNote.forAdults(readAloud, i18n);
        CustomMenuItem why = new CustomMenuItem(whyText, false);
        why.setId("speechFailed" + idSuffix);
        why.visibleProperty().bind(readAloud.failureProperty().isNotNull());
        return List.of(new SeparatorMenuItem(), auto, readStep, advice, why);
    }
}
