package jaga.bench;

import jaga.ui.common.StartupTiming;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: a window with one label, on the same JavaFX and JVM as Jaga, started the
 * same way (a plain main on the same class path) and marked interactive the same way, after the
 * pulse that draws it. {@code jaga bench startup} times it against Jaga.
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application (public, as Application.launch needs). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            StartupTiming.mark("JavaFX started");
            Scene scene = new Scene(new StackPane(new Label("Jaga")), 1100, 760);
            stage.setTitle("Bare JavaFX window");
            stage.setScene(scene);
            stage.show();
            StartupTiming.whenRendered(scene, () -> StartupTiming.interactive(true));
        }
    }
}
