package jaga.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the validator's rule groups put what they find: each problem with the file, the line and
 * column (of the property's name when the path ends in one, else of the value or its nearest
 * parent) and the JSON path. Also the checks every group makes: present, not null, not empty,
 * ids in kebab-case and unique. Positions are looked up only when a problem is found.
 */
final class ModuleProblems {
    private final Path file;
    private final JsonDocument document;
    private final List<ContentProblem> problems = new ArrayList<>();

    ModuleProblems(Path file, JsonDocument document) {
        this.file = file;
        this.document = document;
    }

    Path file() {
        return file;
    }

    List<ContentProblem> list() {
        return problems;
    }

    void error(String path, String message) {
        problems.add(ContentProblem.error(file, document.name(path).orElseGet(() -> document.at(path)), path, message));
    }

    void warning(String path, String message) {
        problems.add(ContentProblem.warning(file, document.at(path), path, message));
    }

    /** False, with an error at the parent, when the property is missing. */
    boolean required(String parent, String property, Object value) {
        if (value == null) {
            problems.add(ContentProblem.error(file, document.at(parent), parent,
                    "missing required property '" + property + "'"));
            return false;
        }
        return true;
    }

    boolean notNull(String path, Object value, String what) {
        if (value == null) {
            error(path, "a " + what + " cannot be null");
            return false;
        }
        return true;
    }

    boolean nonEmpty(String parent, String property, List<?> list) {
        if (!required(parent, property, list)) {
            return false;
        }
        if (list.isEmpty()) {
            error(JsonPaths.child(parent, property), "'" + property + "' must not be empty");
            return false;
        }
        return true;
    }

    void atLeastTwo(String path, String property, List<?> list) {
        if (list.size() < 2) {
            error(JsonPaths.child(path, property), "needs at least two " + property + ", not " + list.size());
        }
    }

    /** The object at {@code path} has an id, in kebab-case, not in {@code seen} yet. */
    void uniqueId(String path, String id, Set<String> seen, String what) {
        if (!required(path, "id", id)) {
            return;
        }
        checkId(path, "id", id);
        if (!seen.add(id)) {
            error(JsonPaths.child(path, "id"), "duplicate " + what + " id '" + id + "'");
        }
    }

    /** The id at {@code parent.property} is in kebab-case. */
    void checkId(String parent, String property, String id) {
        if (!ModuleIds.isKebabCase(id)) {
            error(JsonPaths.child(parent, property), "id '" + id + "' must be lowercase letters, digits and single hyphens (kebab-case)");
        }
    }
}
