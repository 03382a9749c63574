package jaga.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files a module names (its pictures), found where they really are: a name is resolved with every
 * link followed, and used only if the real file is inside the module folder's real path. A link in
 * the folder (or a linked sub-folder) that leads anywhere else is not a picture of the module: a
 * module from a stranger, or one someone dropped into a lab's shared data folder, could otherwise
 * show any picture the user can read. The validator reports such a name; the screens show the
 * picture's words instead.
 */
public final class ModuleFiles {
    private ModuleFiles() {}

    /** Where a name in a module leads. */
    public enum Where { INSIDE, OUTSIDE, MISSING, NOT_A_NAME }

    /** The real file of a picture named {@code name} in the module folder, if it is a file inside it. */
    public static Optional<Path> picture(Path moduleFolder, String name) {
        Path[] found = new Path[1];
        return locate(moduleFolder, name, found) == Where.INSIDE ? Optional.of(found[0]) : Optional.empty();
    }

    /** Where {@code name} leads from the module folder; {@code found[0]} is set to the real file when inside. */
    static Where locate(Path moduleFolder, String name, Path[] found) {
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            return Where.NOT_A_NAME;
        }
        if (relative.isAbsolute() || relative.getRoot() != null || name.startsWith("/") || name.startsWith("\\")
                || name.contains("..")) {
            return Where.OUTSIDE;
        }
        Path folder = moduleFolder.toAbsolutePath().normalize();
        Path candidate = folder.resolve(relative).normalize();
        if (!candidate.startsWith(folder)) {
            return Where.OUTSIDE;
        }
        if (!Files.exists(candidate)) {
            return Where.MISSING; // a link to nothing included
        }
        try {
            Path realFolder = folder.toRealPath();
            Path real = candidate.toRealPath();
            if (!real.startsWith(realFolder) || real.equals(realFolder)) {
                return Where.OUTSIDE;
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return Where.MISSING;
            }
            found[0] = real;
            return Where.INSIDE;
        } catch (IOException e) {
            return Where.MISSING;
        }
    }
}
