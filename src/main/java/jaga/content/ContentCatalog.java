package jaga.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modules that loaded cleanly, the help contacts, and every problem found on the way.
 * Broken modules are listed with their problems so adults can see what was left out and why.
 */
public record ContentCatalog(List<ContentModule> modules, Map<String, Path> folders, Resources resources,
                             List<BrokenModule> broken, List<ContentProblem> problems) {

    public ContentCatalog {
        modules = List.copyOf(modules);
        folders = Map.copyOf(folders);
        broken = List.copyOf(broken);
        problems = List.copyOf(problems);
    }

    public Optional<ContentModule> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The folder a module was read from, where its pictures are. */
    public Path folderOf(ContentModule module) {
        return folders.get(module.id());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ContentProblem::isError);
    }

    /**
     * A module file that could not be used, and why. Told to people as {@code problem.content.moduleNotLoaded}
     * with the module's folder name (never its path); {@link #problems()} are the author's details.
     */
    public record BrokenModule(Path file, List<ContentProblem> problems) implements jaga.model.Explained {
        public BrokenModule {
            problems = List.copyOf(problems);
        }

        @Override
        public String messageKey() {
            return "content.moduleNotLoaded";
        }

        @Override
        public List<String> messageArguments() {
            Path folder = file.getParent();
            return List.of((folder == null ? file : folder).getFileName().toString());
        }
    }
}
