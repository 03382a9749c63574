package jaga.content.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jaga.testing.Fixtures;
import jaga.testing.Modules;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModulePacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "full-module";

    @TempDir
    Path temp;

    private final ModulePacks packs = new ModulePacks(Modules.bundledResources());
    private Path source;
    private Path data;
    private Path modules;

    @BeforeEach
    void setUp() {
        source = temp.resolve("source");
        Fixtures.writeFullModule(source, ID, Fixtures.pretty(Fixtures.fullModule()));
        data = temp.resolve("data");
        modules = data.resolve("modules");
    }

    private ModulePacks.Installed install(Path pack, ModulePacks.IfExists ifExists) throws Exception {
        return packs.install(pack, modules, data, id -> id.equals("scams-10-12"), ifExists);
    }

    private Path exported(String name) throws Exception {
        Path pack = temp.resolve(name);
        packs.export(source.resolve(ID), pack);
        return pack;
    }

    private static Map<String, byte[]> tree(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** Nothing in modules/, and no temporary folder left in the data folder. */
    private void assertNothingInstalled() throws IOException {
        if (Files.isDirectory(modules)) {
            try (Stream<Path> list = Files.list(modules)) {
                assertThat(list.toList()).isEmpty();
            }
        }
        if (Files.isDirectory(data)) {
            try (Stream<Path> list = Files.list(data)) {
                assertThat(list.filter(p -> !p.equals(modules)).toList()).isEmpty();
            }
        }
    }

    @Test
    void exportThenInstallGivesAnIdenticalModule() throws Exception {
        ModulePacks.Installed installed = install(exported("full.jaga"), ModulePacks.IfExists.REFUSE);

        assertThat(installed.id()).isEqualTo(ID);
        assertThat(installed.folder()).isEqualTo(modules.resolve(ID));
        Map<String, byte[]> before = tree(source.resolve(ID));
        Map<String, byte[]> after = tree(modules.resolve(ID));
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet()).contains("module.json", "phone.png");
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        try (Stream<Path> list = Files.list(data)) {
            assertThat(list.toList()).containsExactly(modules);
        }
    }

    @Test
    void theManifestNamesIdVersionFormatAndAChecksumForEveryFile() throws Exception {
        Path pack = exported("full.jaga");
        Map<String, byte[]> entries = ZipFixtures.read(pack);

        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get(ModulePacks.MANIFEST));
        assertThat(manifest.path("id").asText()).isEqualTo(ID);
        assertThat(manifest.path("version").asInt()).isEqualTo(3);
        assertThat(manifest.path("formatVersion").asInt()).isEqualTo(jaga.content.ModuleReader.FORMAT_VERSION);
        assertThat(manifest.path("files")).hasSize(2);
        manifest.path("files").forEach(file -> assertThat(file.path("sha256").asText())
                .isEqualTo(ZipFixtures.sha256(entries.get(ID + "/" + file.path("path").asText()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "full-module/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt",
            "full-module\\..\\..\\evil.txt"})
    void anEntryThatEscapesTheFolderIsRefusedAndNothingIsInstalled(String name) throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        entries.put(name, "gotcha".getBytes(StandardCharsets.UTF_8));
        Path pack = ZipFixtures.write(temp.resolve("slip.jaga"), entries);

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("it holds an entry named '" + name + "', which would land outside the module's folder");
        assertNothingInstalled();
        assertThat(temp.resolve("evil.txt")).doesNotExist();
        assertThat(data.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void aSymlinkEntryIsRefusedAndNothingIsInstalled() throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        entries.put(ID + "/passwords", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        Path pack = ZipFixtures.write(temp.resolve("link.jaga"), entries);
        ZipFixtures.markAsSymlink(pack, ID + "/passwords");

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("it holds a link (full-module/passwords); a pack may hold only plain files");
        assertNothingInstalled();
    }

    @Test
    void aPackThatUnpacksToMoreThan50MegabytesIsRefusedAndNothingIsInstalled() throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        Random random = new Random(8);
        for (int i = 0; i < 2; i++) {
            byte[] noise = new byte[26 * 1024 * 1024];
            random.nextBytes(noise);
            entries.put(ID + "/video-" + i + ".bin", noise);
        }
        Path pack = ZipFixtures.write(temp.resolve("big.jaga"), ZipFixtures.withManifest(entries));

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("it unpacks to more than 50 MB, more than a pack may hold");
        assertNothingInstalled();
    }

    @Test
    void aPackWithMoreThan500EntriesIsRefusedBeforeUnpacking() throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        for (int i = 0; i < 500; i++) {
            entries.put(ID + "/extra-" + i + ".txt", new byte[] {'x'});
        }
        Path pack = ZipFixtures.write(temp.resolve("many.jaga"), ZipFixtures.withManifest(entries));

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("it has 503 files, more than the 500 a pack may hold");
        assertNothingInstalled();
    }

    @Test
    void aThousandToOneZipBombIsRefusedAndNothingIsInstalled() throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        entries.put(ID + "/bomb.bin", new byte[20 * 1024 * 1024]); // zeros: deflate packs them about 1,000:1
        Path pack = ZipFixtures.write(temp.resolve("bomb.jaga"), ZipFixtures.withManifest(entries));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(pack.toFile())) {
            ZipEntry bomb = zip.getEntry(ID + "/bomb.bin");
            assertThat(bomb.getSize() / bomb.getCompressedSize()).as("the fixture is a 1,000:1 bomb").isGreaterThanOrEqualTo(1000);
        }

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("full-module/bomb.bin unpacks to more than 100 times its packed size, which is how a zip"
                        + " bomb looks");
        assertNothingInstalled();
    }

    @Test
    void aFileThatDoesNotMatchItsChecksumIsRefused() throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        byte[] module = entries.get(ID + "/module.json");
        module[module.length - 2] = ' ';
        Path pack = ZipFixtures.write(temp.resolve("changed.jaga"), entries);

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("module.json does not match its checksum: the pack is damaged or was changed");
        assertNothingInstalled();
    }

    @Test
    void aModuleThatDoesNotPassTheChecksIsRefusedEvenWithRightChecksums() throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        String text = new String(entries.get(ID + "/module.json"), StandardCharsets.UTF_8);
        entries.put(ID + "/module.json", text.replace("\"topic\" : \"scams\"", "\"topic\" : \"sacms\"")
                .getBytes(StandardCharsets.UTF_8));
        Path pack = ZipFixtures.write(temp.resolve("broken.jaga"), ZipFixtures.withManifest(entries));

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessageStartingWith("the module in it does not pass Jaga's checks: topic:");
        assertNothingInstalled();
    }

    @Test
    void anUnlistedFileIsRefused() throws Exception {
        Map<String, byte[]> entries = ZipFixtures.read(exported("full.jaga"));
        entries.put(ID + "/extra.txt", new byte[] {'x'});
        Path pack = ZipFixtures.write(temp.resolve("extra.jaga"), entries);

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("it holds full-module/extra.txt, which its list of files does not name");
        assertNothingInstalled();
    }

    @Test
    void anInstalledIdIsRefusedUnlessReplacingWithANewerVersionOrKeepingBoth() throws Exception {
        Path first = exported("v3.jaga");
        install(first, ModulePacks.IfExists.REFUSE);

        assertThatThrownBy(() -> install(first, ModulePacks.IfExists.REFUSE)).isInstanceOf(PackRefused.class)
                .hasMessage("a module called full-module is already installed (version 3); use --keep-both to install"
                        + " this one beside it, or --replace if this pack is newer");
        assertThatThrownBy(() -> install(first, ModulePacks.IfExists.REPLACE_IF_NEWER)).isInstanceOf(PackRefused.class)
                .hasMessage("the installed full-module is version 3 and the pack has version 3, which is not newer;"
                        + " nothing was replaced");

        Fixtures.writeFullModule(temp.resolve("newer"), ID, Fixtures.fullModule(m -> m.put("version", 4)));
        Path newer = temp.resolve("v4.jaga");
        packs.export(temp.resolve("newer").resolve(ID), newer);
        ModulePacks.Installed replaced = install(newer, ModulePacks.IfExists.REPLACE_IF_NEWER);
        assertThat(replaced.replaced()).isTrue();
        assertThat(JSON.readTree(modules.resolve(ID).resolve("module.json").toFile()).path("version").asInt()).isEqualTo(4);

        ModulePacks.Installed both = install(first, ModulePacks.IfExists.KEEP_BOTH);
        assertThat(both.id()).isEqualTo("full-module-2");
        assertThat(JSON.readTree(modules.resolve("full-module-2").resolve("module.json").toFile()).path("id").asText())
                .isEqualTo("full-module-2");
        try (Stream<Path> list = Files.list(data)) {
            assertThat(list.toList()).containsExactly(modules);
        }
    }

    @Test
    void aModuleThatComesWithJagaCannotBeReplacedButCanBeKeptBeside() throws Exception {
        Fixtures.writeFullModule(temp.resolve("clash"), "scams-10-12", Fixtures.fullModule(m -> m.put("id", "scams-10-12")));
        Path pack = temp.resolve("clash.jaga");
        packs.export(temp.resolve("clash").resolve("scams-10-12"), pack);

        assertThatThrownBy(() -> install(pack, ModulePacks.IfExists.REPLACE_IF_NEWER)).isInstanceOf(PackRefused.class)
                .hasMessageStartingWith("a module called scams-10-12 is part of Jaga and cannot be replaced");
        assertThat(install(pack, ModulePacks.IfExists.KEEP_BOTH).id()).isEqualTo("scams-10-12-2");
    }

    /** Zips written by hand, to make packs a real export never would. */
    static final class ZipFixtures {
        static Map<String, byte[]> read(Path zip) throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                    entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                }
            }
            return entries;
        }

        static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
            return zip;
        }

        /** The entries with a manifest that lists every file under the module's folder, with right checksums. */
        static Map<String, byte[]> withManifest(Map<String, byte[]> entries) throws IOException {
            ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get(ModulePacks.MANIFEST));
            ArrayNode files = manifest.putArray("files");
            entries.forEach((name, bytes) -> {
                if (name.startsWith(ID + "/")) {
                    files.addObject().put("path", name.substring(ID.length() + 1)).put("size", bytes.length)
                            .put("sha256", sha256(bytes));
                }
            });
            Map<String, byte[]> result = new LinkedHashMap<>(entries);
            result.put(ModulePacks.MANIFEST, JSON.writeValueAsBytes(manifest));
            return result;
        }

        /** Sets the entry's Unix file type to symbolic link in the central directory, as `zip -y` writes it. */
        static void markAsSymlink(Path zip, String name) throws IOException {
            byte[] bytes = Files.readAllBytes(zip);
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + 46 < bytes.length; i++) {
                if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == wanted.length
                        && java.util.Arrays.equals(bytes, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
                    bytes[i + 5] = 3; // made on Unix
                    buffer.putInt(i + 38, 0120777 << 16);
                    Files.write(zip, bytes);
                    return;
                }
            }
            throw new IllegalArgumentException("no central directory entry " + name);
        }

        static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The outside tester's case: a 1.2 MB pack whose chat has 40,000 nodes did not install within
     * 40 s, because the check that every node can reach an ending went round the whole chat once per
     * node it added. The timeout only guards against a hang (the check is linear now); speed itself is
     * not asserted.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aChatOfFortyThousandNodesInstallsAndOneThatNeverEndsIsRefused() throws Exception {
        int count = 40_000;
        ObjectNode module = Fixtures.fullModule();
        ObjectNode chat = (ObjectNode) module.at("/lessons/0/steps/3");
        ObjectNode ending = (ObjectNode) chat.get("nodes").get(2).deepCopy();
        ArrayNode nodes = chat.putArray("nodes");
        for (int i = 0; i < count - 1; i++) {
            // Listed last to first, the order in which the old check added one node per round.
            nodes.insertObject(0).put("id", "n" + i).put("next", "n" + (i + 1));
        }
        nodes.add(ending.put("id", "n" + (count - 1)));
        chat.put("start", "n0");
        String json = JSON.writeValueAsString(module);
        Files.writeString(source.resolve(ID).resolve("module.json"), json);
        assertThat(json.length()).isGreaterThan(1_200_000);

        assertThat(install(exported("long-chat.jaga"), ModulePacks.IfExists.REFUSE).id()).isEqualTo(ID);

        ((ObjectNode) nodes.get(count - 1)).remove("ending");
        ((ObjectNode) nodes.get(count - 1)).put("next", "n0"); // one big loop with no way out
        Files.writeString(source.resolve(ID).resolve("module.json"), JSON.writeValueAsString(module));
        assertThatThrownBy(() -> exported("loop.jaga")).isInstanceOf(PackRefused.class)
                .hasMessageContaining("the chat never reaches an ending").hasMessageContaining("and 39999 more");
    }
}
