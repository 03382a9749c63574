package jaga.ui.common;

import jaga.progress.Learner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Who is learning right now. Null while the "who's learning?" screen is up. */
public final class Session {
    private final ObjectProperty<Learner> learner = new SimpleObjectProperty<>();

    public ObjectProperty<Learner> learnerProperty() {
        return learner;
    }

    public Learner learner() {
        return learner.get();
    }
}
