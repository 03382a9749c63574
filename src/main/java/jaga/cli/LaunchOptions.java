package jaga.cli;

import jaga.progress.DataDirectory;
import java.nio.file.Path;

/**
 * What the window needs to start: a checked data folder and the content folder.
 *
 * @param exitWhenReady quit with exit code 0 as soon as the first screen is usable (for timing start-up)
 */
public record LaunchOptions(DataDirectory dataDirectory, Path contentDirectory, boolean exitWhenReady) {

    public LaunchOptions(DataDirectory dataDirectory, Path contentDirectory) {
        this(dataDirectory, contentDirectory, false);
    }
}
