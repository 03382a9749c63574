package jaga.content.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.content.ContentLoader;
import jaga.content.ContentProblem;
import jaga.content.ModuleReader;
import jaga.content.Resources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
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
    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("packFormat", PACK_FORMAT);
        manifest.put("id", id);
        manifest.put("version", module.path("version").asInt());
        manifest.put("formatVersion", module.path("formatVersion").asInt());
        ArrayNode list = manifest.putArray("files");
        for (Path file : files) {
            ObjectNode entry = list.addObject();
            entry.put("path", relativeName(moduleFolder, file));
            entry.put("size", Files.size(file));
            entry.put("sha256", sha256(Files.readAllBytes(file)));
        }
        Path parent = pack.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".export-", ".jaga");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(id + "/" + relativeName(moduleFolder, file)));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, pack);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/");
    }

    // ---- install -------------------------------------------------------------------------------

    /**
     * Installs the pack into {@code modulesFolder}, unpacking it first in a temporary folder inside
     * {@code workFolder} (on the same disk, so the final move is a rename).
     *
     * @param taken ids that are used already and cannot be replaced (the modules that come with Jaga)
     */
    public Installed install(Path pack, Path modulesFolder, Path workFolder, Predicate<String> taken, IfExists ifExists)
            throws PackRefused, IOException {
        if (!Files.isRegularFile(pack)) {
            throw new PackRefused("there is no such file");
        }
        List<ZipDirectory.Entry> entries = ZipDirectory.read(pack, MAX_ENTRIES);
        Set<String> names = new HashSet<>();
        for (ZipDirectory.Entry entry : entries) {
            checkName(entry.name());
            if (entry.symlink()) {
                throw new PackRefused("it holds a link (" + entry.name() + "); a pack may hold only plain files");
            }
            if (!names.add(entry.name())) {
                throw new PackRefused("it holds " + entry.name() + " twice");
            }
        }
        Files.createDirectories(workFolder);
        Path staging = Files.createTempDirectory(workFolder, ".install-");
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            Manifest manifest = readManifest(zip);
            Map<String, ZipDirectory.Entry> byName = new HashMap<>();
            entries.forEach(e -> byName.put(e.name(), e));
            Set<String> listed = new HashSet<>();
            for (ManifestFile file : manifest.files) {
                listed.add(manifest.id + "/" + file.path);
                if (!byName.containsKey(manifest.id + "/" + file.path)) {
                    throw new PackRefused("its list of files names " + file.path + ", which is not in the pack");
                }
            }
            for (ZipDirectory.Entry entry : entries) {
                if (!entry.name().equals(MANIFEST) && !entry.name().endsWith("/") && !listed.contains(entry.name())) {
                    throw new PackRefused("it holds " + entry.name() + ", which its list of files does not name");
                }
            }
            Path unpacked = staging.resolve(manifest.id);
            long[] total = {0};
            for (ManifestFile file : manifest.files) {
                String name = manifest.id + "/" + file.path;
                ZipEntry entry = zip.getEntry(name);
                Path target = unpacked.resolve(file.path).normalize();
                if (!target.startsWith(unpacked)) {
                    throw new PackRefused("it holds " + name + ", which would land outside the module's folder");
                }
                Files.createDirectories(target.getParent());
                String sum = unpack(zip, entry, byName.get(name).compressedSize(), target, total);
                if (!sum.equals(file.sha256)) {
                    throw new PackRefused(file.path + " does not match its checksum: the pack is damaged or was changed");
                }
            }
            Path moduleFile = unpacked.resolve(ContentLoader.MODULE_FILE);
            if (!Files.isRegularFile(moduleFile)) {
                throw new PackRefused("it has no " + ContentLoader.MODULE_FILE);
            }
            JsonNode module = requireValid(moduleFile, "the module in it");
            if (!module.path("id").asText().equals(manifest.id) || module.path("version").asInt() != manifest.version
                    || module.path("formatVersion").asInt() != manifest.formatVersion) {
                throw new PackRefused("its list says module " + manifest.id + " version " + manifest.version
                        + ", but module.json says " + module.path("id").asText() + " version " + module.path("version").asInt());
            }
            return place(manifest, unpacked, modulesFolder, staging, taken, ifExists);
        } catch (ZipException | java.io.EOFException e) {
            // Found by fuzzing: a cut-short compressed file ends in EOFException, not ZipException.
            throw new PackRefused("it is not a .jaga pack (the zip file is damaged: " + e.getMessage() + ")");
        } finally {
            deleteTree(staging);
        }
    }

    private Installed place(Manifest manifest, Path unpacked, Path modulesFolder, Path staging, Predicate<String> taken,
                            IfExists ifExists) throws PackRefused, IOException {
        Files.createDirectories(modulesFolder);
        String id = manifest.id;
        Path existing = modulesFolder.resolve(id);
        boolean comesWithJaga = taken.test(id);
        boolean installed = Files.exists(existing, LinkOption.NOFOLLOW_LINKS);
        if (!comesWithJaga && !installed) {
            move(unpacked, existing);
            return new Installed(id, manifest.version, existing, false);
        }
        switch (ifExists) {
            case REFUSE -> throw new PackRefused("a module called " + id + " is already "
                    + (comesWithJaga ? "part of Jaga" : "installed (version " + installedVersion(existing) + ")")
                    + "; use --keep-both to install this one beside it"
                    + (comesWithJaga ? "" : ", or --replace if this pack is newer"));
            case REPLACE_IF_NEWER -> {
                if (comesWithJaga) {
                    throw new PackRefused("a module called " + id + " is part of Jaga and cannot be replaced;"
                            + " use --keep-both to install this one beside it");
                }
                int current = installedVersion(existing);
                if (manifest.version <= current) {
                    throw new PackRefused("the installed " + id + " is version " + current + " and the pack has version "
                            + manifest.version + ", which is not newer; nothing was replaced");
                }
                Path old = staging.resolve("replaced-" + id);
                move(existing, old);
                try {
                    move(unpacked, existing);
                } catch (IOException e) {
                    move(old, existing);
                    throw e;
                }
                return new Installed(id, manifest.version, existing, true);
            }
            case KEEP_BOTH -> {
                int n = 2;
                String newId = id + "-" + n;
                while (taken.test(newId) || Files.exists(modulesFolder.resolve(newId), LinkOption.NOFOLLOW_LINKS)) {
                    newId = id + "-" + ++n;
                }
                Path moduleFile = unpacked.resolve(ContentLoader.MODULE_FILE);
                ObjectNode module = (ObjectNode) JSON.readTree(moduleFile.toFile());
                module.put("id", newId);
                Files.write(moduleFile, JSON.writeValueAsBytes(module));
                Path renamed = staging.resolve(newId);
                move(unpacked, renamed);
                requireValid(renamed.resolve(ContentLoader.MODULE_FILE), "the module in it");
                Path target = modulesFolder.resolve(newId);
                move(renamed, target);
                return new Installed(newId, manifest.version, target, false);
            }
            default -> throw new IllegalStateException(ifExists.toString());
        }
    }

    private static int installedVersion(Path folder) {
        try {
            return JSON.readTree(folder.resolve(ContentLoader.MODULE_FILE).toFile()).path("version").asInt(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Copies one entry out, counting what comes out of the decompressor; returns its SHA-256. */
    private static String unpack(ZipFile zip, ZipEntry entry, long compressedSize, Path target, long[] total)
            throws PackRefused, IOException {
        MessageDigest digest = sha256();
        long written = 0;
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                written += read;
                total[0] += read;
                if (total[0] > MAX_UNPACKED_BYTES) {
                    throw new PackRefused("it unpacks to more than 50 MB, more than a pack may hold");
                }
                if (written > RATIO_GRACE_BYTES && written > MAX_RATIO * Math.max(1, compressedSize)) {
                    throw new PackRefused(entry.getName() + " unpacks to more than " + MAX_RATIO
                            + " times its packed size, which is how a zip bomb looks");
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private record ManifestFile(String path, String sha256) {}

    private record Manifest(String id, int version, int formatVersion, List<ManifestFile> files) {}

    private static Manifest readManifest(ZipFile zip) throws PackRefused, IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new PackRefused("it has no " + MANIFEST + " (it is not a .jaga pack)");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > MAX_MANIFEST_BYTES) {
                    throw new PackRefused("its " + MANIFEST + " is larger than 1 MB");
                }
            }
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes.toByteArray());
        } catch (JsonProcessingException e) {
            throw new PackRefused("its " + MANIFEST + " is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new PackRefused("its " + MANIFEST + " is not a JSON object");
        }
        if (root.path("packFormat").asInt(0) != PACK_FORMAT) {
            throw new PackRefused("it is pack format " + root.path("packFormat") + "; this Jaga reads format " + PACK_FORMAT);
        }
        String id = root.path("id").asText("");
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new PackRefused("its module id '" + id + "' is not lowercase words with hyphens");
        }
        if (!root.path("version").canConvertToInt() || root.path("version").asInt() < 1
                || !root.path("formatVersion").canConvertToInt()) {
            throw new PackRefused("its " + MANIFEST + " has no usable version or formatVersion");
        }
        if (root.path("formatVersion").asInt() > ModuleReader.FORMAT_VERSION) {
            throw new PackRefused("the module is format version " + root.path("formatVersion").asInt()
                    + ", newer than this Jaga understands (" + ModuleReader.FORMAT_VERSION + "); update Jaga first");
        }
        List<ManifestFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode file : root.path("files")) {
            String path = file.path("path").asText("");
            String sum = file.path("sha256").asText("");
            checkName(id + "/" + path);
            if (path.isEmpty() || path.endsWith("/") || !sum.matches("[0-9a-f]{64}") || !seen.add(path)) {
                throw new PackRefused("its " + MANIFEST + " lists a file without a path and a SHA-256, or twice: '" + path + "'");
            }
            files.add(new ManifestFile(path, sum));
        }
        if (files.isEmpty()) {
            throw new PackRefused("its " + MANIFEST + " lists no files");
        }
        return new Manifest(id, root.path("version").asInt(), root.path("formatVersion").asInt(), files);
    }

    /** Refuses names that could land outside the module's folder: absolute, drive letters, backslashes, "..". */
    static void checkName(String name) throws PackRefused {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0;
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String part : trimmed.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                bad = true;
            }
        }
        if (bad) {
            throw new PackRefused("it holds an entry named '" + name + "', which would land outside the module's folder");
        }
    }

    private JsonNode requireValid(Path moduleFile, String what) throws PackRefused, IOException {
        ModuleReader.ModuleReadResult result = new ModuleReader(true).read(moduleFile, resources);
        List<ContentProblem> errors = result.problems().stream().filter(ContentProblem::isError).toList();
        if (!errors.isEmpty()) {
            ContentProblem first = errors.get(0);
            throw new PackRefused(what + " does not pass Jaga's checks: " + first.jsonPath() + ": " + first.message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        return JSON.readTree(moduleFile.toFile());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder is left behind, named .install-...
        }
    }
}
