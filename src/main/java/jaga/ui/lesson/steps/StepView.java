package jaga.ui.lesson.steps;

import jaga.ui.speech.ReadAloud;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** What a lesson step shows, and whether the learner has done it (so "Next" can wait for practice). */
public interface StepView {
    Node node();

    ObservableBooleanValue done();

    /** The control that should take keyboard focus when the step opens, if any. */
    default Node firstFocus() {
        return null;
    }

    /** The first text of the step, read aloud when the step opens for a learner with auto-read on; null if none. */
    default ReadAloud.Reading firstReading() {
        return null;
    }

    /** True when the step reads itself aloud as it goes (a chat), rather than all at once when it opens. */
    default boolean readsItself() {
        return false;
    }

    /** What the learner has done in the step so far (a practice step), to keep it when the step is drawn again. */
    default java.util.Optional<jaga.learning.StepWork> work() {
        return java.util.Optional.empty();
    }

    /** Everything the step says, read by "read the whole step" (F2); null if nothing. */
    default ReadAloud.Reading wholeReading() {
        return firstReading();
    }
}
