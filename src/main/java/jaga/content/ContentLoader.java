package jaga.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads modules. A path may be a content folder (holding {@code modules/} and
 * {@code resources.json}), a folder of module folders, one module's folder, or one
 * {@code module.json}. Contacts resolve against the first content folder's resources.json, or
 * against the fallback (the bundled one) when the paths hold none.
 */
public final class ContentLoader {

    public static final String MODULE_FILE = "module.json";
    public static final String MODULES_FOLDER = "modules";

    private final ModuleReader reader;
    private final Resources fallbackResources;

    public ContentLoader() {
        this(Resources.NONE);
    }

    public ContentLoader(Resources fallbackResources) {
        this(fallbackResources, true);
    }

    /** @param checkSchema whether to run the published-schema pass too (see {@link ModuleReader#ModuleReader(boolean)}) */
    public ContentLoader(Resources fallbackResources, boolean checkSchema) {
        this.fallbackResources = fallbackResources;
        this.reader = new ModuleReader(checkSchema);
    }

    /** The contacts in a content folder's resources.json; problems go to the list given. */
    public static Resources resourcesOf(Path contentFolder, List<ContentProblem> problems) {
        Path file = contentFolder.resolve(ResourcesReader.FILE);
        if (!Files.isRegularFile(file)) {
            return Resources.NONE;
        }
        ResourcesReader.Result result = new ResourcesReader().read(file);
        problems.addAll(result.problems());
        return result.resources().orElse(Resources.NONE);
    }

    public ContentCatalog load(List<Path> paths) {
        List<ContentProblem> problems = new ArrayList<>();
        Resources resources = fallbackResources;
        for (Path path : paths) {
            if (Files.isRegularFile(path.resolve(ResourcesReader.FILE))) {
                resources = resourcesOf(path, problems);
                break;
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(moduleFiles(path, problems));
        }
        Resources contacts = resources;
        // Modules are independent until the cross-checks below, so read them side by side.
        List<ModuleReader.ModuleReadResult> results = files.parallelStream().map(file -> reader.read(file, contacts)).toList();

        Map<ModuleReader.ModuleReadResult, List<ContentProblem>> extra = new HashMap<>();
        Map<String, ModuleReader.ModuleReadResult> byId = new LinkedHashMap<>();
        for (ModuleReader.ModuleReadResult result : results) {
            result.module().ifPresent(module -> {
                ModuleReader.ModuleReadResult first = byId.putIfAbsent(module.id(), result);
                if (first != null) {
                    extra.computeIfAbsent(result, r -> new ArrayList<>()).add(ContentProblem.error(result.file(),
                            result.positions().apply("id"), "id", "module id '" + module.id() + "' is also used by " + first.file()));
                }
            });
        }
        checkPrerequisites(byId, extra);

        List<ContentModule> modules = new ArrayList<>();
        Map<String, Path> folders = new HashMap<>();
        List<ContentCatalog.BrokenModule> broken = new ArrayList<>();
        for (ModuleReader.ModuleReadResult result : results) {
            List<ContentProblem> fileProblems = new ArrayList<>(result.problems());
            fileProblems.addAll(extra.getOrDefault(result, List.of()));
            problems.addAll(fileProblems);
            if (result.module().isPresent() && fileProblems.stream().noneMatch(ContentProblem::isError)) {
                modules.add(result.module().get());
                folders.put(result.module().get().id(), result.file().toAbsolutePath().getParent());
            } else {
                broken.add(new ContentCatalog.BrokenModule(result.file(), fileProblems));
            }
        }
        return new ContentCatalog(modules, folders, resources, broken, problems);
    }

    /** Every prerequisite names a module that loaded, and no chain of prerequisites loops. */
    private static void checkPrerequisites(Map<String, ModuleReader.ModuleReadResult> byId,
                                           Map<ModuleReader.ModuleReadResult, List<ContentProblem>> extra) {
        for (ModuleReader.ModuleReadResult result : byId.values()) {
            ContentModule module = result.module().orElseThrow();
            for (int i = 0; i < module.prerequisites().size(); i++) {
                String id = module.prerequisites().get(i);
                String path = JsonPaths.index("prerequisites", i);
                if (id != null && !id.equals(module.id()) && !byId.containsKey(id)) {
                    extra.computeIfAbsent(result, r -> new ArrayList<>()).add(ContentProblem.error(result.file(),
                            result.positions().apply(path), path, "prerequisite '" + id + "' is not a module that loaded"));
                }
            }
            List<String> cycle = cycleFrom(module.id(), byId);
            if (!cycle.isEmpty()) {
                extra.computeIfAbsent(result, r -> new ArrayList<>()).add(ContentProblem.error(result.file(),
                        result.positions().apply("prerequisites"), "prerequisites",
                        "prerequisites go round in a circle: " + String.join(" -> ", cycle)));
            }
        }
    }

    private static List<String> cycleFrom(String start, Map<String, ModuleReader.ModuleReadResult> byId) {
        return search(start, start, byId, new ArrayList<>(List.of(start)), new HashSet<>());
    }

    private static List<String> search(String start, String current, Map<String, ModuleReader.ModuleReadResult> byId,
                                       List<String> trail, Set<String> seen) {
        ModuleReader.ModuleReadResult result = byId.get(current);
        if (result == null || !seen.add(current)) {
            return List.of();
        }
        for (String next : result.module().orElseThrow().prerequisites()) {
            if (start.equals(next)) {
                List<String> cycle = new ArrayList<>(trail);
                cycle.add(start);
                return cycle;
            }
            trail.add(next);
            List<String> found = search(start, next, byId, trail, seen);
            if (!found.isEmpty()) {
                return found;
            }
            trail.remove(trail.size() - 1);
        }
        return List.of();
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
