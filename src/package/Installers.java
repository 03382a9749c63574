import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Jaga's app image and installer with the JDK's own tools (jdeps, jlink, jpackage); run by
 * {@code ./mvnw -Ppackage package} as {@code java src/package/Installers.java VERSION} from the project folder.
 *
 * <ol>
 *   <li>input: jaga.jar, its libraries, the bundled content, and the native libraries of JavaFX and SQLite
 *       taken out of their jars and put beside them, so nothing is unpacked into the user's home or /tmp
 *       at run time;</li>
 *   <li>a runtime made by jlink with only the JDK modules Jaga needs (jdeps), with its default CDS archive;</li>
 *   <li>the app image (jpackage), then a class-data sharing archive made by one training run of the image
 *       (needs a display; skipped with a message without one: docs/decisions, AppCDS);</li>
 *   <li>the installer for this system from that image: .deb on Linux, .msi on Windows (needs WiX 3),
 *       .dmg on macOS.</li>
 * </ol>
 * Output: target/dist. Version: the project's, without -SNAPSHOT (installers want plain numbers).
 */
public final class Installers {
    private static final String NAME = "Jaga";
    private static final String PACKAGE = "jaga";
    private static final String MAIN_CLASS = "jaga.Main";
    /** Modules jdeps cannot see: Malay dates and numbers need the locale data; packs are read as zip file systems. */
    private static final List<String> EXTRA_MODULES = List.of("jdk.localedata", "jdk.zipfs");

    private static final Path TARGET = Path.of("target");
    private static final Path WORK = TARGET.resolve("package");
    private static final Path INPUT = WORK.resolve("input");
    private static final Path RUNTIME = WORK.resolve("runtime");
    private static final Path DIST = TARGET.resolve("dist");

    public static void main(String[] args) throws Exception {
        String version = args[0].replace("-SNAPSHOT", "");
        Os os = Os.current();
        deleteRecursively(WORK);
        deleteRecursively(DIST);
        Files.createDirectories(DIST);

        prepareInput();
        String modules = neededModules();
        say("runtime modules: " + modules);
        run("jlink", "--add-modules", modules, "--output", RUNTIME.toString(), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--include-locales=en,ms", "--generate-cds-archive");

        List<String> common = new ArrayList<>(List.of("--name", NAME, "--app-version", version,
                "--vendor", "Jaga project",
                "--description", "Offline lessons that teach children to stay safe online, in English and Bahasa Melayu.",
                "--copyright", "Jaga project"));
        List<String> image = new ArrayList<>(common);
        image.addAll(List.of("--type", "app-image", "--dest", DIST.toString(), "--input", INPUT.toString(),
                "--main-jar", "jaga.jar", "--main-class", MAIN_CLASS, "--runtime-image", RUNTIME.toString()));
        Path icon = Path.of("src/package", os.icon);
        if (Files.exists(icon)) {
            image.addAll(List.of("--icon", icon.toString()));
        } else {
            say("no " + icon + ", so the installer has jpackage's default icon (make one from src/package/jaga.png)");
        }
        for (String option : javaOptions(os)) {
            image.add("--java-options");
            image.add(option);
        }
        run("jpackage", image.toArray(String[]::new));

        Path appImage = DIST.resolve(os.appImageName());
        ClassDataSharing.makeArchive(os, appImage);

        List<String> installer = new ArrayList<>(common);
        installer.addAll(List.of("--type", os.installerType, "--dest", DIST.toString(), "--app-image", appImage.toString()));
        installer.addAll(os.installerOptions());
        run("jpackage", installer.toArray(String[]::new));
        try (Stream<Path> built = Files.list(DIST)) {
            built.forEach(path -> say("built " + path));
        }
    }

    /** jaga.jar and lib/ as Maven built them, the content folder beside them, and the native libraries unpacked. */
    private static void prepareInput() throws IOException {
        Path lib = Files.createDirectories(INPUT.resolve("lib"));
        Files.copy(TARGET.resolve("jaga.jar"), INPUT.resolve("jaga.jar"));
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        copyRecursively(Path.of("content"), INPUT.resolve("content"));
        // JavaFX loads its native libraries from the folder of its jars before it would unpack them into
        // ~/.openjfx/cache; SQLite reads the org.sqlite.lib.* properties set in javaOptions below.
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    unpackNatives(jar, entry -> !entry.contains("/"), lib);
                } else if (name.startsWith("sqlite-jdbc")) {
                    String folder = "org/sqlite/native/" + Os.current().sqliteFolder() + "/";
                    unpackNatives(jar, entry -> entry.startsWith(folder) && entry.indexOf('/', folder.length()) < 0,
                            Files.createDirectories(INPUT.resolve("native")));
                }
            }
        }
    }

    private static void unpackNatives(Path jar, java.util.function.Predicate<String> wanted, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (!entry.isDirectory() && wanted.test(name) && Os.isNativeLibrary(name)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Path file = into.resolve(name.substring(name.lastIndexOf('/') + 1));
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                        say("native library " + file + " (from " + jar.getFileName() + ")");
                    }
                }
            }
        }
    }

    /** The JDK modules the jars use, as jdeps finds them, and the few it cannot see. */
    private static String neededModules() {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--class-path", INPUT.resolve("lib") + "/*"));
        try (Stream<Path> jars = Files.list(INPUT.resolve("lib"))) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).forEach(jar -> args.add(jar.toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        args.add(INPUT.resolve("jaga.jar").toString());
        Set<String> modules = new TreeSet<>(List.of(run("jdeps", args.toArray(String[]::new)).trim().split(",")));
        modules.addAll(EXTRA_MODULES);
        modules.removeIf(module -> module.startsWith("javafx.")); // JavaFX comes on the class path, as in development
        return String.join(",", modules);
    }

    /** Options for every start of the packaged app. $APPDIR is the image's app folder, filled in by the launcher. */
    static List<String> javaOptions(Os os) {
        List<String> options = new ArrayList<>(List.of(
                "-Dorg.sqlite.lib.path=$APPDIR/native",
                "-Dorg.sqlite.lib.name=" + os.sqliteLibrary(),
                // The JVM picks its heap from the machine's memory; a fixed start saves resizing while loading.
                "-Xms64m"));
        return options;
    }

    /** The AppCDS archive: one training run of the finished image, with -XX:ArchiveClassesAtExit. */
    static final class ClassDataSharing {
        static final String ARCHIVE = "jaga.jsa";

        static void makeArchive(Os os, Path appImage) throws IOException, InterruptedException {
            if (!Boolean.parseBoolean(System.getProperty("jaga.package.cds", "true"))) {
                say("class-data sharing archive not made (-Djaga.package.cds=false)");
                return;
            }
            if (os == Os.LINUX && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
                say("no display, so no class-data sharing archive: the app starts without one, a little slower."
                        + " Run the build under xvfb-run (or on a desktop) to make one.");
                return;
            }
            // The training run starts through the image's own launcher, so the archive is made for exactly the
            // class path and options a family's start uses; the archive option is then switched to reading it.
            Path appFolder = appImage.resolve(os.appFolder());
            Path config = appFolder.resolve(NAME + ".cfg");
            String original = Files.readString(config);
            Files.writeString(config, withJavaOption(original, "-XX:ArchiveClassesAtExit=$APPDIR/" + ARCHIVE));
            Path data = Files.createTempDirectory("jaga-cds-training");
            List<String> command = List.of(appImage.resolve(os.launcher()).toString(), "--data-dir", data.toString(),
                    "--exit-when-ready");
            say("training run for the class-data sharing archive: " + String.join(" ", command));
            // The JVM lists classes it cannot archive (picocli is compiled for Java 5); that list goes to a log file.
            Path log = WORK.resolve("cds-training.log");
            Process training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = training.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                training.destroyForcibly();
            }
            deleteRecursively(data);
            Path archive = appFolder.resolve(ARCHIVE);
            if (finished && training.exitValue() == 0 && Files.exists(archive)) {
                Files.writeString(config, withJavaOption(original, "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE));
                say("class-data sharing archive " + archive + " (" + Files.size(archive) / 1_000_000 + " MB; log: " + log + ")");
            } else {
                Files.writeString(config, original);
                Files.deleteIfExists(archive);
                say("the training run failed (see " + log + "), so no class-data sharing archive; the app starts without one.");
            }
        }

        /** The launcher's configuration with one more JVM option at the end of its [JavaOptions]. */
        static String withJavaOption(String config, String option) {
            String section = "[JavaOptions]";
            int at = config.indexOf(section);
            if (at < 0) {
                return config + System.lineSeparator() + section + System.lineSeparator() + "java-options=" + option
                        + System.lineSeparator();
            }
            int next = config.indexOf("\n[", at + section.length());
            int end = next < 0 ? config.length() : next + 1;
            String before = config.substring(0, end);
            if (!before.endsWith("\n")) {
                before += System.lineSeparator();
            }
            return before + "java-options=" + option + System.lineSeparator() + config.substring(end);
        }
    }

    enum Os {
        LINUX("deb", "jaga.png"), WINDOWS("msi", "jaga.ico"), MAC("dmg", "jaga.icns");

        final String installerType;
        final String icon;

        Os(String installerType, String icon) {
            this.installerType = installerType;
            this.icon = icon;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }

        static boolean isNativeLibrary(String name) {
            return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
        }

        String appImageName() {
            return this == MAC ? NAME + ".app" : NAME;
        }

        String appFolder() {
            return switch (this) {
                case LINUX -> "lib/app";
                case WINDOWS -> "app";
                case MAC -> "Contents/app";
            };
        }

        String launcher() {
            return switch (this) {
                case LINUX -> "bin/" + NAME;
                case WINDOWS -> NAME + ".exe";
                case MAC -> "Contents/MacOS/" + NAME;
            };
        }

        String sqliteFolder() {
            String arch = System.getProperty("os.arch").contains("aarch64") ? "aarch64" : "x86_64";
            return switch (this) {
                case LINUX -> "Linux/" + arch;
                case WINDOWS -> "Windows/" + arch;
                case MAC -> "Mac/" + arch;
            };
        }

        String sqliteLibrary() {
            return switch (this) {
                case LINUX -> "libsqlitejdbc.so";
                case WINDOWS -> "sqlitejdbc.dll";
                case MAC -> "libsqlitejdbc.dylib";
            };
        }

        List<String> installerOptions() {
            return switch (this) {
                case LINUX -> List.of("--linux-package-name", PACKAGE, "--linux-shortcut", "--linux-menu-group", "Education",
                        "--linux-app-category", "education", "--linux-deb-maintainer", "jaga@example.invalid");
                case WINDOWS -> List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install",
                        "--win-upgrade-uuid", "6d0f6a52-8c3e-4bde-9a4c-5d1f2b7e9a10");
                case MAC -> List.of("--mac-package-name", NAME);
            };
        }
    }

    /** Runs a JDK tool in this JVM; stops the build with its output if it fails. */
    private static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        say(tool + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (exit code " + code + "):\n" + out + err);
        }
        System.out.print(err);
        return out.toString();
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void say(String line) {
        System.out.println("[installers] " + line);
    }
}
