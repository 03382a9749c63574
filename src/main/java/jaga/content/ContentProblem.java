package jaga.content;

import java.nio.file.Path;

/**
 * One thing wrong with a content file, pointing at the place an author must look, the way a
 * compiler does: {@code path:line:column: json.path: message}.
 */
public record ContentProblem(Path file, int line, int column, String jsonPath, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static ContentProblem error(Path file, JsonPosition at, String jsonPath, String message) {
        return new ContentProblem(file, at.line(), at.column(), jsonPath, Severity.ERROR, message);
    }

    public static ContentProblem warning(Path file, JsonPosition at, String jsonPath, String message) {
        return new ContentProblem(file, at.line(), at.column(), jsonPath, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line printed by {@code jaga validate}. */
    public String format() {
        String where = file + ":" + line + ":" + column + ": ";
        String path = jsonPath == null || jsonPath.isEmpty() ? "" : jsonPath + ": ";
        String kind = severity == Severity.WARNING ? "warning: " : "";
        return where + path + kind + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
