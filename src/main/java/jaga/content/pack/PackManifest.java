package jaga.content.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.content.ModuleIds;
import jaga.content.ModuleReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A pack's {@code jaga-pack.json}: the module's id, version and format version and each file's
 * path and SHA-256. Written for an export; read from an untrusted pack with every field checked,
 * and the entry names that could land outside the module's folder refused.
 */
record PackManifest(String id, int version, int formatVersion, List<File> files) {
    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    record File(String path, String sha256) {}

    /** The manifest of a module folder's files, as JSON. */
    static byte[] write(JsonNode module, Path moduleFolder, List<Path> files) throws IOException {
        ObjectNode manifest = ModulePacks.JSON.createObjectNode();
        manifest.put("packFormat", ModulePacks.PACK_FORMAT);
        manifest.put("id", module.path("id").asText());
        manifest.put("version", module.path("version").asInt());
        manifest.put("formatVersion", module.path("formatVersion").asInt());
        ArrayNode list = manifest.putArray("files");
        for (Path file : files) {
            ObjectNode entry = list.addObject();
            entry.put("path", relativeName(moduleFolder, file));
            entry.put("size", Files.size(file));
            entry.put("sha256", HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file))));
        }
        return ModulePacks.JSON.writeValueAsBytes(manifest);
    }

    static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/");
    }

    static PackManifest read(ZipFile zip) throws PackRefused, IOException {
        String manifestName = ModulePacks.MANIFEST;
        ZipEntry entry = zip.getEntry(manifestName);
        if (entry == null) {
            throw new PackRefused("it has no " + manifestName + " (it is not a .jaga pack)");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > MAX_MANIFEST_BYTES) {
                    throw new PackRefused("its " + manifestName + " is larger than 1 MB");
                }
            }
        }
        JsonNode root;
        try {
            root = ModulePacks.JSON.readTree(bytes.toByteArray());
        } catch (JsonProcessingException e) {
            throw new PackRefused("its " + manifestName + " is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new PackRefused("its " + manifestName + " is not a JSON object");
        }
        if (root.path("packFormat").asInt(0) != ModulePacks.PACK_FORMAT) {
            throw new PackRefused("it is pack format " + root.path("packFormat") + "; this Jaga reads format "
                    + ModulePacks.PACK_FORMAT);
        }
        String id = root.path("id").asText("");
        if (!ModuleIds.isKebabCase(id)) {
            throw new PackRefused("its module id '" + id + "' is not lowercase words with hyphens");
        }
        if (!root.path("version").canConvertToInt() || root.path("version").asInt() < 1
                || !root.path("formatVersion").canConvertToInt()) {
            throw new PackRefused("its " + manifestName + " has no usable version or formatVersion");
        }
        if (root.path("formatVersion").asInt() > ModuleReader.FORMAT_VERSION) {
            throw new PackRefused("the module is format version " + root.path("formatVersion").asInt()
                    + ", newer than this Jaga understands (" + ModuleReader.FORMAT_VERSION + "); update Jaga first");
        }
        List<File> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode file : root.path("files")) {
            String path = file.path("path").asText("");
            String sum = file.path("sha256").asText("");
            checkName(id + "/" + path);
            if (path.isEmpty() || path.endsWith("/") || !sum.matches("[0-9a-f]{64}") || !seen.add(path)) {
                throw new PackRefused("its " + manifestName + " lists a file without a path and a SHA-256, or twice: '"
                        + path + "'");
            }
            files.add(new File(path, sum));
        }
        if (files.isEmpty()) {
            throw new PackRefused("its " + manifestName + " lists no files");
        }
        return new PackManifest(id, root.path("version").asInt(), root.path("formatVersion").asInt(), files);
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

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
