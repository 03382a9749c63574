package jaga.ui.lesson.steps;

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
}
