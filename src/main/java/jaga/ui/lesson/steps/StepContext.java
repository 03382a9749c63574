package jaga.ui.lesson.steps;

import jaga.content.ChatNode;
import jaga.content.Resources;
import jaga.content.Step;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * What step views need from around them: language, contacts, the module's folder (for
 * pictures), display settings, and where to report a chat reply the learner picked.
 */
public record StepContext(I18n i18n, Resources resources, Path moduleFolder, DisplaySettings display,
                          BiConsumer<Step.Chat, ChatNode.ChatChoice> chatChoiceMade) {}
