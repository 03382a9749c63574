package jaga.ui.speech;

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
        note.setGraphic(new FontIcon("mdi2v-volume-off"));
        note.getStyleClass().add("speech-trouble");
        note.setWrapText(true);
        note.setMaxHeight(Double.MAX_VALUE); // centred beside the buttons of the row it is in
        note.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        note.visibleProperty().bind(Bindings.isNotNull(readAloud.failureProperty()));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
