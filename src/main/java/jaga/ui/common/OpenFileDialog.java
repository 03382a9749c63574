package jaga.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the adult for a file to open. The system's own dialog sits behind this so tests (and a
 * screen that offers typing a path) can hand in a file without a native window.
 */
@FunctionalInterface
public interface OpenFileDialog {

    /**
     * @param filterName  what the files are called, e.g. "CSV files"
     * @param patterns    e.g. "*.csv"
     * @return the chosen file, or empty if the adult cancelled
     */
    Optional<Path> choose(Window owner, String title, String filterName, List<String> patterns);

    /** The operating system's file dialog. */
    static OpenFileDialog system() {
        return (owner, title, filterName, patterns) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
