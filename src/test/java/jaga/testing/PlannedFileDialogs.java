package jaga.testing;

import jaga.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** File dialogs answered by the test: each open or save takes the next planned path. */
public final class PlannedFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final Deque<List<Path>> many = new ArrayDeque<>();
    private final List<String> titles = new ArrayList<>();

    /** The adult will choose this file at the next dialog. */
    public PlannedFileDialogs willChoose(Path path) {
        answers.add(path);
        return this;
    }

    /** The titles of every dialog shown so far, in order. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** The suggested names of the save dialogs shown so far, and the titles of the open ones. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Optional<Path> open(Window owner, String title, String filterName, List<String> patterns) {
        asked.add(title);
        titles.add(title);
        return Optional.ofNullable(answers.poll());
    }

    /** Each planned path is one file; a multiple choice takes every path planned with {@link #willChooseAll}. */
    @Override
    public List<Path> openMany(Window owner, String title, String filterName, List<String> patterns) {
        asked.add(title);
        titles.add(title);
        List<Path> chosen = many.poll();
        if (chosen != null) {
            return chosen;
        }
        Path one = answers.poll();
        return one == null ? List.of() : List.of(one);
    }

    /** The adult will choose all these files at the next multiple-file dialog. */
    public PlannedFileDialogs willChooseAll(List<Path> paths) {
        many.add(List.copyOf(paths));
        return this;
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        asked.add(title);
        titles.add(title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, String filterName,
                               List<String> patterns) {
        asked.add(suggestedName);
        titles.add(title);
        return Optional.ofNullable(answers.poll());
    }
}
