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
}
