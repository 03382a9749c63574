package jaga.ui.lesson.steps;

import jaga.content.ChatNode;
import jaga.content.Resources;
import jaga.content.Step;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.scene.Node;

/**
 * What step views need from around them: language, contacts, the module's folder (for
 * pictures), display settings, where to report a chat reply the learner picked, and read aloud
 * (null where there is none).
 */
public record StepContext(I18n i18n, Resources resources, Path moduleFolder, DisplaySettings display,
                          BiConsumer<Step.Chat, ChatNode.ChatChoice> chatChoiceMade, ReadAloud readAloud,
                          StepMemory memory, boolean readNew) {

    public StepContext(I18n i18n, Resources resources, Path moduleFolder, DisplaySettings display,
                       BiConsumer<Step.Chat, ChatNode.ChatChoice> chatChoiceMade) {
        this(i18n, resources, moduleFolder, display, chatChoiceMade, null);
    }

    public StepContext(I18n i18n, Resources resources, Path moduleFolder, DisplaySettings display,
                       BiConsumer<Step.Chat, ChatNode.ChatChoice> chatChoiceMade, ReadAloud readAloud) {
        this(i18n, resources, moduleFolder, display, chatChoiceMade, readAloud, StepMemory.NONE, false);
    }

    /** The text node with a speaker button beside it, or the node alone where nothing can speak. */
    public Node withSpeaker(Node text, String id, String spoken) {
        return SpeakerButton.beside(readAloud, i18n, id, text, () -> spoken);
    }

    /**
     * Reads the text aloud after whatever is being read now, when this step reads itself as it
     * goes (auto-read on and the step just opened, not redrawn).
     */
    public void readAsItAppears(Object source, String text) {
        if (readNew && readAloud != null && readAloud.autoReadProperty().get()) { // auto-read turned off stops it
            readAloud.queue(source, text, i18n.language());
        }
    }
}
