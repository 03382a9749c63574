package jaga.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * SHA-256 of every file under a folder, by relative path: "left byte-identical" made checkable.
 * Two files are left out because opening the folder rewrites them by design and they hold no
 * data: {@code jaga.lock} (locked, never written, but made on first open) and SQLite's {@code -shm}
 * index, which is rebuilt from the database and its WAL whenever it is opened.
 */
public final class FolderHashes {
    private FolderHashes() {}

    public static Map<String, String> of(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.equals("jaga.lock") && !name.endsWith("-shm")) {
                    hashes.put(name, sha256(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
