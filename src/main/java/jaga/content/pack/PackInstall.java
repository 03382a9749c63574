package jaga.content.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.content.ContentLoader;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Installing an untrusted pack: the zip's own directory and the manifest checked against each
 * other, every file unpacked into a temporary folder with its size, ratio and checksum watched,
 * the module checked, and only then the finished folder moved into place (replacing an older
 * version or beside one with a new id, as asked).
 */
final class PackInstall {
    private final ModulePacks packs;

    PackInstall(ModulePacks packs) {
        this.packs = packs;
    }

    ModulePacks.Installed install(Path pack, Path modulesFolder, Path workFolder, Predicate<String> taken,
                                  ModulePacks.IfExists ifExists) throws PackRefused, IOException {
        if (!Files.isRegularFile(pack)) {
            throw new PackRefused("there is no such file");
        }
        List<ZipDirectory.Entry> entries = ZipDirectory.read(pack, ModulePacks.MAX_ENTRIES);
        Set<String> names = new HashSet<>();
        for (ZipDirectory.Entry entry : entries) {
            PackManifest.checkName(entry.name());
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
            PackManifest manifest = PackManifest.read(zip);
            Map<String, ZipDirectory.Entry> byName = new HashMap<>();
            entries.forEach(e -> byName.put(e.name(), e));
            Set<String> listed = new HashSet<>();
            for (PackManifest.File file : manifest.files()) {
                listed.add(manifest.id() + "/" + file.path());
                if (!byName.containsKey(manifest.id() + "/" + file.path())) {
                    throw new PackRefused("its list of files names " + file.path() + ", which is not in the pack");
                }
            }
            for (ZipDirectory.Entry entry : entries) {
                if (!entry.name().equals(ModulePacks.MANIFEST) && !entry.name().endsWith("/") && !listed.contains(entry.name())) {
                    throw new PackRefused("it holds " + entry.name() + ", which its list of files does not name");
                }
            }
            Path unpacked = staging.resolve(manifest.id());
            long[] total = {0};
            for (PackManifest.File file : manifest.files()) {
                String name = manifest.id() + "/" + file.path();
                ZipEntry entry = zip.getEntry(name);
                Path target = unpacked.resolve(file.path()).normalize();
                if (!target.startsWith(unpacked)) {
                    throw new PackRefused("it holds " + name + ", which would land outside the module's folder");
                }
                Files.createDirectories(target.getParent());
                String sum = unpack(zip, entry, byName.get(name).compressedSize(), target, total);
                if (!sum.equals(file.sha256())) {
                    throw new PackRefused(file.path() + " does not match its checksum: the pack is damaged or was changed");
                }
            }
            Path moduleFile = unpacked.resolve(ContentLoader.MODULE_FILE);
            if (!Files.isRegularFile(moduleFile)) {
                throw new PackRefused("it has no " + ContentLoader.MODULE_FILE);
            }
            JsonNode module = packs.requireValid(moduleFile, "the module in it");
            if (!module.path("id").asText().equals(manifest.id()) || module.path("version").asInt() != manifest.version()
                    || module.path("formatVersion").asInt() != manifest.formatVersion()) {
                throw new PackRefused("its list says module " + manifest.id() + " version " + manifest.version()
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

    private ModulePacks.Installed place(PackManifest manifest, Path unpacked, Path modulesFolder, Path staging,
                                        Predicate<String> taken, ModulePacks.IfExists ifExists) throws PackRefused, IOException {
        Files.createDirectories(modulesFolder);
        String id = manifest.id();
        Path existing = modulesFolder.resolve(id);
        boolean comesWithJaga = taken.test(id);
        boolean installed = Files.exists(existing, LinkOption.NOFOLLOW_LINKS);
        if (!comesWithJaga && !installed) {
            move(unpacked, existing);
            return new ModulePacks.Installed(id, manifest.version(), existing, false);
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
                if (manifest.version() <= current) {
                    throw new PackRefused("the installed " + id + " is version " + current + " and the pack has version "
                            + manifest.version() + ", which is not newer; nothing was replaced");
                }
                Path old = staging.resolve("replaced-" + id);
                move(existing, old);
                try {
                    move(unpacked, existing);
                } catch (IOException e) {
                    move(old, existing);
                    throw e;
                }
                return new ModulePacks.Installed(id, manifest.version(), existing, true);
            }
            case KEEP_BOTH -> {
                int n = 2;
                String newId = id + "-" + n;
                while (taken.test(newId) || Files.exists(modulesFolder.resolve(newId), LinkOption.NOFOLLOW_LINKS)) {
                    newId = id + "-" + ++n;
                }
                Path moduleFile = unpacked.resolve(ContentLoader.MODULE_FILE);
                ObjectNode module = (ObjectNode) ModulePacks.JSON.readTree(moduleFile.toFile());
                module.put("id", newId);
                Files.write(moduleFile, ModulePacks.JSON.writeValueAsBytes(module));
                Path renamed = staging.resolve(newId);
                move(unpacked, renamed);
                packs.requireValid(renamed.resolve(ContentLoader.MODULE_FILE), "the module in it");
                Path target = modulesFolder.resolve(newId);
                move(renamed, target);
                return new ModulePacks.Installed(newId, manifest.version(), target, false);
            }
            default -> throw new IllegalStateException(ifExists.toString());
        }
    }

    private static int installedVersion(Path folder) {
        try {
            return ModulePacks.JSON.readTree(folder.resolve(ContentLoader.MODULE_FILE).toFile()).path("version").asInt(0);
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
        MessageDigest digest = PackManifest.sha256();
        long written = 0;
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                written += read;
                total[0] += read;
                if (total[0] > ModulePacks.MAX_UNPACKED_BYTES) {
                    throw new PackRefused("it unpacks to more than 50 MB, more than a pack may hold");
                }
                if (written > ModulePacks.RATIO_GRACE_BYTES && written > ModulePacks.MAX_RATIO * Math.max(1, compressedSize)) {
                    throw new PackRefused(entry.getName() + " unpacks to more than " + ModulePacks.MAX_RATIO
                            + " times its packed size, which is how a zip bomb looks");
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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
