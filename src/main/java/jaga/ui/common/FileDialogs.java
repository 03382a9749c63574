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

    /** The operating system's file dialogs, opening in the user's documents folder. */
    static FileDialogs system() {
        return system(RememberedPlaces.inMemory());
    }

    /**
     * The operating system's file dialogs, each opening in the folder the adult last used (kept in
     * {@code places}, so the next run remembers it too), else the documents folder, never Jaga's own.
     */
    static FileDialogs system(RememberedPlaces places) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterName, List<String> patterns) {
                return chosen(chooser(title, filterName, patterns).showOpenDialog(owner));
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, String filterName,
                                       List<String> patterns) {
                FileChooser chooser = chooser(title, filterName, patterns);
                chooser.setInitialFileName(suggestedName);
                return chosen(chooser.showSaveDialog(owner));
            }

            @Override
            public List<Path> openMany(Window owner, String title, String filterName, List<String> patterns) {
                List<File> chosen = chooser(title, filterName, patterns).showOpenMultipleDialog(owner);
                if (chosen == null || chosen.isEmpty()) {
                    return List.of();
                }
                places.fileChosen(chosen.get(0).toPath());
                return chosen.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
                chooser.setTitle(title);
                chooser.setInitialDirectory(startFolder(places, Path.of(System.getProperty("user.home"))).toFile());
                return chosen(chooser.showDialog(owner));
            }

            private Optional<Path> chosen(File file) {
                Optional<Path> path = Optional.ofNullable(file).map(File::toPath);
                path.ifPresent(places::fileChosen);
                return path;
            }

            private FileChooser chooser(String title, String filterName, List<String> patterns) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
                chooser.setInitialDirectory(startFolder(places, Path.of(System.getProperty("user.home"))).toFile());
                return chooser;
            }
        };
    }

    /**
     * Where a dialog opens: the folder last used if it is still there, else the documents folder
     * in the home folder (Documents, or Dokumen on a Malay desktop), else the home folder itself.
     */
    static Path startFolder(RememberedPlaces places, Path home) {
        return places.lastFolder().orElseGet(() -> {
            for (String documents : List.of("Documents", "Dokumen", "My Documents")) {
                Path folder = home.resolve(documents);
                if (java.nio.file.Files.isDirectory(folder)) {
                    return folder;
                }
            }
            return home;
        });
    }
}
