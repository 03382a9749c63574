package jaga.ui.common;

import jaga.model.Learner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Who is learning right now (null while the "who's learning?" screen is up), or that an adult is. */
public final class Session {
    private final ObjectProperty<Learner> learner = new SimpleObjectProperty<>();
    private final BooleanProperty adultArea = new SimpleBooleanProperty();

    /** True while the adult area is on screen (locked or not). */
    public BooleanProperty adultAreaProperty() {
        return adultArea;
    }

    public ObjectProperty<Learner> learnerProperty() {
        return learner;
    }

    public Learner learner() {
        return learner.get();
    }
}
