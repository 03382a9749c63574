package jaga.content.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jaga.content.ContentLoader;
import jaga.content.ContentProblem;
import jaga.content.ModuleReader;
import jaga.content.Resources;
import jaga.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Module packs ({@code .jaga}): a zip of one module's folder, {@code <id>/...}, with a manifest
 * {@code jaga-pack.json} naming the module's id, version and format version and the size and SHA-256
 * of every file. A pack from someone else is untrusted: {@link #install} checks everything before it
 * installs anything, and installs by moving a finished folder into place.
 */
public final class ModulePacks {

    public static final String MANIFEST = "jaga-pack.json";
    public static final int PACK_FORMAT = 1;
    public static final int MAX_ENTRIES = 500;
    public static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    public static final int MAX_RATIO = 100;
    /** Tiny files can compress very well without being a bomb; the ratio applies once a file passes this. */
    static final long RATIO_GRACE_BYTES = 4096;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Resources resources;

    /** @param resources the help contacts modules are checked against (the bundled ones) */
    public ModulePacks(Resources resources) {
        this.resources = resources;
    }

    /** What to do when a module with the pack's id is already there. */
    public enum IfExists { REFUSE, REPLACE_IF_NEWER, KEEP_BOTH }

    /** An installed pack: the id it was installed under (differs from the pack's with keep-both). */
    public record Installed(String id, int version, Path folder, boolean replaced) {}

    // ---- export --------------------------------------------------------------------------------

    /** Writes the module folder as a pack; refused if the module does not pass the checks. */
    public void export(Path moduleFolder, Path pack) throws PackRefused, IOException {
        Path moduleFile = moduleFolder.resolve(ContentLoader.MODULE_FILE);
        if (!Files.isRegularFile(moduleFile)) {
            throw new PackRefused(moduleFolder + " has no " + ContentLoader.MODULE_FILE);
        }
        requireValid(moduleFile, "the module");
        JsonNode module = JSON.readTree(moduleFile.toFile());
        String id = module.path("id").asText();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(moduleFolder)) {
            for (Path path : walk.sorted().toList()) {
                if (Files.isSymbolicLink(path)) {
                    throw new PackRefused(moduleFolder.relativize(path) + " is a link; a pack holds only plain files");
                }
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(path);
                }
            }
        }
        if (files.size() + 1 > MAX_ENTRIES) {
            throw new PackRefused("the module has " + files.size() + " files; a pack may hold " + (MAX_ENTRIES - 1));
        }
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        if (total > MAX_UNPACKED_BYTES) {
            throw new PackRefused("the module's files come to more than 50 MB, too big for a pack");
        }
        byte[] manifest = PackManifest.write(module, moduleFolder, files);
        Path parent = pack.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Whole or not at all, never over a file already there; readable by others, as a pack is made to share.
        AtomicFiles.write(pack, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest);
                zip.closeEntry();
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(id + "/" + PackManifest.relativeName(moduleFolder, file)));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        }, AtomicFiles.Option.READABLE_BY_OTHERS);
    }

    // ---- install -------------------------------------------------------------------------------

    /**
     * Installs the pack into {@code modulesFolder}, unpacking it first in a temporary folder inside
     * {@code workFolder} (on the same disk, so the final move is a rename). See {@link PackInstall}.
     *
     * @param taken ids that are used already and cannot be replaced (the modules that come with Jaga)
     */
    public Installed install(Path pack, Path modulesFolder, Path workFolder, Predicate<String> taken, IfExists ifExists)
            throws PackRefused, IOException {
        return new PackInstall(this).install(pack, modulesFolder, workFolder, taken, ifExists);
    }

    /** The module.json as JSON, if the module passes every check (with the published schema). */
    JsonNode requireValid(Path moduleFile, String what) throws PackRefused, IOException {
        ModuleReader.ModuleReadResult result = new ModuleReader(true).read(moduleFile, resources);
        List<ContentProblem> errors = result.problems().stream().filter(ContentProblem::isError).toList();
        if (!errors.isEmpty()) {
            ContentProblem first = errors.get(0);
            throw new PackRefused(what + " does not pass Jaga's checks: " + first.jsonPath() + ": " + first.message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        return JSON.readTree(moduleFile.toFile());
    }
}
