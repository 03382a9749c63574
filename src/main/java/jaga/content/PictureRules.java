package jaga.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The validator's rules for pictures and faces: a picture file exists, stays inside the module
 * folder (no "..", no absolute path, no link out; see {@link ModuleFiles}), is a PNG, JPEG or GIF
 * and is small enough to load quickly on a school PC; a chat persona is one of {@link Personas};
 * a class group chat has its name. Problems go to {@code error} by JSON path.
 */
final class PictureRules {
    /** Bytes a picture may have: a lesson picture is a few hundred kilobytes at most. */
    static final long MAX_BYTES = 1024 * 1024;
    /** Pixels on the longer side, and in all: enough for a sharp picture at 200% on a 1080p screen. */
    static final int MAX_SIDE = 2400;
    static final long MAX_PIXELS = 4_000_000;

    private final Path folder;
    private final BiConsumer<String, String> error;

    PictureRules(Path moduleFolder, BiConsumer<String, String> error) {
        this.folder = moduleFolder.toAbsolutePath().normalize();
        this.error = error;
    }

    /** The file a picture names, at {@code path} (the JSON path of the "file" property). */
    void file(String path, String name) {
        Path picture;
        try {
            picture = Path.of(name);
        } catch (InvalidPathException e) {
            error.accept(path, "'" + name + "' is not a usable file name");
            return;
        }
        if (picture.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
            error.accept(path, "picture path '" + name + "' must be relative to the module folder");
            return;
        }
        if (!folder.resolve(picture).normalize().startsWith(folder) || name.contains("..")) {
            error.accept(path, "picture path '" + name + "' must stay inside the module folder (no '..')");
            return;
        }
        Path[] real = new Path[1];
        switch (ModuleFiles.locate(folder, name, real)) {
            case OUTSIDE -> error.accept(path, "picture '" + name + "' is a link to a file outside the module"
                    + " folder; copy the picture into the folder instead");
            case MISSING, NOT_A_NAME -> error.accept(path, "picture '" + name + "' is not in the module folder");
            case INSIDE -> size(path, name, real[0]);
        }
    }

    private void size(String path, String name, Path real) {
        long bytes;
        Optional<int[]> pixels;
        try {
            bytes = Files.size(real);
            pixels = dimensions(real);
        } catch (IOException e) {
            error.accept(path, "picture '" + name + "' cannot be read: " + e.getMessage());
            return;
        }
        if (bytes > MAX_BYTES) {
            error.accept(path, "picture '" + name + "' is " + kilobytes(bytes) + " KB; a picture may be at most "
                    + kilobytes(MAX_BYTES) + " KB (save it smaller, or as a JPEG)");
        }
        if (pixels.isEmpty()) {
            error.accept(path, "picture '" + name + "' is not a PNG, JPEG or GIF picture");
            return;
        }
        int width = pixels.get()[0];
        int height = pixels.get()[1];
        if (width < 1 || height < 1 || Math.max(width, height) > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            error.accept(path, "picture '" + name + "' is " + width + " x " + height + " pixels; a picture may be at most "
                    + MAX_SIDE + " pixels on a side and " + MAX_PIXELS / 1_000_000 + " million in all");
        }
    }

    /** A persona at {@code path}: absent, or one of the set. */
    void persona(String path, String persona) {
        if (persona != null && !Personas.known(persona)) {
            error.accept(path, "unknown persona '" + persona + "'; use one of: " + String.join(", ", Personas.ALL));
        }
    }

    /** A chat's look: a class group needs its name (the place); the other skins may have one. */
    void skin(String path, Step.Chat chat) {
        if (chat.look() == ChatSkin.CLASS_GROUP && chat.place() == null) {
            error.accept(JsonPaths.child(path, "skin"), "a class group chat needs its name in 'place'");
        }
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** Width and height from the file's header, for PNG, GIF and JPEG; empty for anything else. */
    static Optional<int[]> dimensions(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(26);
            if (head.length >= 24 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                    && head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R') {
                return Optional.of(new int[] {bigEndian(head, 16), bigEndian(head, 20)});
            }
            if (head.length >= 10 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
                return Optional.of(new int[] {(head[6] & 0xFF) | (head[7] & 0xFF) << 8, (head[8] & 0xFF) | (head[9] & 0xFF) << 8});
            }
            if (head.length >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
                return jpeg(file);
            }
            return Optional.empty();
        }
    }

    /** A JPEG's size is in its first start-of-frame segment; the segments before it are skipped by length. */
    private static Optional<int[]> jpeg(Path file) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(2);
            while (true) {
                int marker = in.read();
                while (marker == 0xFF) {
                    marker = in.read();
                }
                if (marker < 0) {
                    return Optional.empty();
                }
                if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                    continue; // markers without a length
                }
                byte[] length = in.readNBytes(2);
                if (length.length < 2) {
                    return Optional.empty();
                }
                int size = ((length[0] & 0xFF) << 8 | (length[1] & 0xFF)) - 2;
                boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (frame) {
                    byte[] header = in.readNBytes(5);
                    if (header.length < 5) {
                        return Optional.empty();
                    }
                    return Optional.of(new int[] {(header[3] & 0xFF) << 8 | (header[4] & 0xFF), (header[1] & 0xFF) << 8 | (header[2] & 0xFF)});
                }
                if (size < 0 || in.skip(size) < size) {
                    return Optional.empty();
                }
            }
        }
    }

    private static int bigEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
    }
}
