package jaga.learning.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report into a temporary file beside the target and moves it into place only when it
 * is complete, so a failed or cancelled export never leaves half a file (and an older report of
 * the same name stays as it was).
 */
public final class ReportFiles {
    private ReportFiles() {}

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Body body) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path temporary = null;
        try {
            if (Files.isDirectory(file)) {
                throw new ReportException(file + " is a folder; name a file to write the report to.", null);
            }
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            readableLikeAnyFile(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                body.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new ReportException(explain(file, e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Nothing more to do: the target itself was never touched.
                }
            }
        }
    }

    /** Temporary files are private to their owner; a report is an ordinary file, readable like others. */
    private static void readableLikeAnyFile(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): its default permissions are already the ordinary ones.
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
