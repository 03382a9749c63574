package jaga.learning.report;

import jaga.files.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes a report all or nothing ({@link AtomicFiles}: a temporary file beside the target, moved
 * into place only when it is complete), so a failed or cancelled export never leaves half a file
 * (and an older report of the same name stays as it was). The report is readable like any file
 * the adult saves. A problem becomes a {@link ReportException} saying what to do.
 */
public final class ReportFiles {
    private ReportFiles() {}

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Body body) {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new ReportException(file + " is a folder; name a file to write the report to.", null);
        }
        try {
            AtomicFiles.write(file, body::writeTo, AtomicFiles.Option.REPLACE_EXISTING, AtomicFiles.Option.READABLE_BY_OTHERS);
        } catch (IOException e) {
            throw new ReportException(explain(file, e), e);
        }
    }

    private static String explain(Path file, IOException e) {
        Path folder = file.getParent();
        if (e instanceof NoSuchFileException) {
            return "Cannot write " + file + ": the folder " + folder + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "Cannot write " + file + ": Jaga may not write in " + folder + ". Choose another folder.";
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileSystemException && reason.contains("No space")) {
            return "Cannot write " + file + ": the disk is full.";
        }
        return "Cannot write " + file + ": " + reason;
    }
}
