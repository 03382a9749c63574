package jaga.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;

/** Which screen is showing. The shell binds its centre to it. */
public final class Navigator {
    private final ReadOnlyObjectWrapper<Node> current = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Node> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void show(Node screen) {
        current.set(screen);
    }
}
