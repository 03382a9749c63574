package jaga.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and reads modules. A path may be a content folder (holding {@code modules/}), a folder
 * of module folders, one module's folder, or one {@code module.json}.
 */
public final class ContentLoader {

    public static final String MODULE_FILE = "module.json";
    public static final String MODULES_FOLDER = "modules";

    private final ModuleReader reader = new ModuleReader();

    public ContentCatalog load(List<Path> paths) {
        List<ContentModule> modules = new ArrayList<>();
        List<ContentCatalog.BrokenModule> broken = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Path> firstFileById = new HashMap<>();

        for (Path path : paths) {
            for (Path file : moduleFiles(path, problems)) {
                ModuleReader.ModuleReadResult result = reader.read(file);
                List<ContentProblem> fileProblems = new ArrayList<>(result.problems());
                result.module().ifPresent(module -> {
                    Path first = firstFileById.putIfAbsent(module.id(), file);
                    if (first != null) {
                        fileProblems.add(ContentProblem.error(file, JsonPosition.START, "id",
                                "module id '" + module.id() + "' is also used by " + first));
                    }
                });
                problems.addAll(fileProblems);
                boolean usable = result.module().isPresent() && fileProblems.stream().noneMatch(ContentProblem::isError);
                if (usable) {
                    modules.add(result.module().get());
                } else {
                    broken.add(new ContentCatalog.BrokenModule(file, fileProblems));
                }
            }
        }
        return new ContentCatalog(modules, broken, problems);
    }

    private static List<Path> moduleFiles(Path path, List<ContentProblem> problems) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            problems.add(ContentProblem.error(path, JsonPosition.START, "", "no such file or folder"));
            return List.of();
        }
        if (Files.isRegularFile(path.resolve(MODULE_FILE))) {
            return List.of(path.resolve(MODULE_FILE));
        }
        Path folder = Files.isDirectory(path.resolve(MODULES_FOLDER)) ? path.resolve(MODULES_FOLDER) : path;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                Path file = child.resolve(MODULE_FILE);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                } else {
                    problems.add(ContentProblem.error(child, JsonPosition.START, "", "folder has no " + MODULE_FILE));
                }
            }
        } catch (IOException e) {
            problems.add(ContentProblem.error(folder, JsonPosition.START, "", "cannot list the folder: " + e.getMessage()));
        }
        return files;
    }
}
