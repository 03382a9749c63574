package jaga.ui.lesson.steps;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A step the learner must do before moving on (a check, spotting flags): done once checked. */
abstract class PracticeStepView implements StepView {
    protected final VBox box = new VBox();
    protected final BooleanProperty done = new SimpleBooleanProperty();
    /** Set by each step's constructor: what it is answered with, and what read aloud reads. */
    protected jaga.ui.question.AnswerInput input;
    protected jaga.ui.speech.ReadAloud.Reading promptReading;
    protected jaga.ui.speech.ReadAloud.Reading wholeReading;

    PracticeStepView(String styleClass) {
        box.setId("stepBody");
        box.getStyleClass().add(styleClass);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public ObservableBooleanValue done() {
        return done;
    }

    @Override
    public jaga.ui.speech.ReadAloud.Reading firstReading() {
        return promptReading;
    }

    @Override
    public jaga.ui.speech.ReadAloud.Reading wholeReading() {
        return wholeReading;
    }

    @Override
    public Node firstFocus() {
        return input.firstFocus();
    }
}
