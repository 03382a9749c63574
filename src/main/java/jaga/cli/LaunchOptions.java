package jaga.cli;

import jaga.progress.DataDirectory;
import java.nio.file.Path;

/** What the window needs to start: a checked data folder and the content folder. */
public record LaunchOptions(DataDirectory dataDirectory, Path contentDirectory) {}
