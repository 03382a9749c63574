package jaga.ui.speech;

import jaga.ui.common.IconSizes;
import jaga.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The small note a child sees when reading aloud did not work (the speech program failed, no
 * audio device): "Sound did not work". It goes away when reading aloud works again; adults find
 * the reason in the Display menu.
 */
public final class SpeechTroubleNote {
    private SpeechTroubleNote() {}

    /** The note, shown only after a failure; null where there is no read aloud. */
    public static Label create(ReadAloud readAloud, I18n i18n) {
        if (readAloud == null) {
            return null;
        }
        Label note = new Label();
        note.setId("speechTrouble");
        note.textProperty().bind(i18n.text("speech.failed"));
        note.setGraphic(IconSizes.like(new FontIcon("mdi2v-volume-off"), note, 1.2));
        note.getStyleClass().add("speech-trouble");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps onto more lines, never cut off
        note.visibleProperty().bind(Bindings.isNotNull(readAloud.failureProperty()));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /**
     * For adults (the Display menu): why reading aloud did not work, in the program's own words,
     * and what to check. Broken into lines here, as a menu gives an item the height of its text.
     */
    public static Label forAdults(ReadAloud readAloud, I18n i18n) {
        Label why = new Label();
        why.setId("speechFailedWhy");
        why.getStyleClass().add("speech-advice");
        why.textProperty().bind(Bindings.createStringBinding(() -> readAloud.failureProperty().get() == null ? ""
                : inLines(i18n.get("speech.failedWhy", readAloud.failureProperty().get()), 48),
                readAloud.failureProperty(), i18n.languageProperty()));
        return why;
    }

    /** The text with a line break before any word that would take a line past {@code width} characters. */
    static String inLines(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }
}
