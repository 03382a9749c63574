package jaga.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Jaga's one way to write a file that appears whole or not at all: the bytes go to a new hidden
 * file beside the target (made by Jaga, never a name someone else prepared: a link there would
 * have Jaga write into another file), are flushed to disk, and the file is then renamed over the
 * target in one step. A crash, a full disk or a failing writer leaves the old file (or none) and
 * no temporary file behind. No JavaFX and nothing of Jaga's own: content, progress, learning and
 * the screens all use it.
 */
public final class AtomicFiles {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public enum Option {
        /** Replace a file already at the target (one the person chose to replace); without it an existing file is refused. */
        REPLACE_EXISTING,
        /**
         * Readable by others like any file the person saves (a report, an export to share); without
         * it the file keeps the temporary file's permissions, private to its owner on POSIX systems.
         */
        READABLE_BY_OTHERS
    }

    private AtomicFiles() {}

    /** Writes {@code bytes} to {@code target}, replacing what is there, whole or not at all. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), Option.REPLACE_EXISTING);
    }

    /**
     * Writes what {@code body} gives to {@code target}, whole or not at all.
     *
     * @throws FileAlreadyExistsException if the target exists and {@link Option#REPLACE_EXISTING} is not given
     * @throws FileSystemException if the target is a folder
     * @throws IOException if the folder does not exist, cannot be written, the disk is full, or the body fails
     */
    public static void write(Path target, Body body, Option... options) throws IOException {
        Set<Option> chosen = options.length == 0 ? EnumSet.noneOf(Option.class) : EnumSet.of(options[0], options);
        boolean replace = chosen.contains(Option.REPLACE_EXISTING);
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a folder");
        }
        if (!replace && Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            if (chosen.contains(Option.READABLE_BY_OTHERS)) {
                readableByOthers(temporary);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new KeptOpen(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temporary, file, replace);
            temporary = null;
            flushFolder(file.getParent());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the failure that brought us here is what the caller needs to hear about
                }
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path file, boolean replace) throws IOException {
        if (!replace) {
            // Without REPLACE_EXISTING a move refuses a file that appeared meanwhile; within one
            // folder it is still a single rename.
            Files.move(temporary, file);
            return;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename or a new file in the folder durable, where the system lets a folder be flushed. */
    public static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; it makes renames durable itself.
        }
    }

    /** Temporary files are private to their owner; a file a person saves is readable like any other. */
    private static void readableByOthers(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): its default permissions are already the ordinary ones.
        }
    }

    /** Lets a writer close its stream (Jackson does) without closing the file before it is flushed to disk. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
