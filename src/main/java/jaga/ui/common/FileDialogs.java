package jaga.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the adult for a file to open or a place to save one. The system's own dialogs sit behind
 * this so tests can hand in a file without a native window.
 */
public interface FileDialogs {

    /**
     * @param filterName what the files are called, e.g. "CSV files"
     * @param patterns   e.g. "*.csv"
     * @return the chosen file, or empty if the adult cancelled
     */
    Optional<Path> open(Window owner, String title, String filterName, List<String> patterns);

    /** @return where to save (the adult confirmed replacing an existing file), or empty if cancelled */
    Optional<Path> save(Window owner, String title, String suggestedName, String filterName, List<String> patterns);

    /**
     * Several files to open at once (for example every PC's export on a USB stick).
     *
     * @return the chosen files, or empty if the adult cancelled
     */
    default List<Path> openMany(Window owner, String title, String filterName, List<String> patterns) {
        return open(owner, title, filterName, patterns).map(List::of).orElse(List.of());
    }

    /** @return the folder chosen, or empty if the adult cancelled */
    default Optional<Path> folder(Window owner, String title) {
        return Optional.empty();
    }

    /** The operating system's file dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterName, List<String> patterns) {
                return Optional.ofNullable(chooser(title, filterName, patterns).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, String filterName,
                                       List<String> patterns) {
                FileChooser chooser = chooser(title, filterName, patterns);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public List<Path> openMany(Window owner, String title, String filterName, List<String> patterns) {
                List<File> chosen = chooser(title, filterName, patterns).showOpenMultipleDialog(owner);
                return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title, String filterName, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        return chooser;
    }
}
