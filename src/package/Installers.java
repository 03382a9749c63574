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
        boolean archived = ClassDataSharing.makeArchive(os, appImage);

        List<String> installer = new ArrayList<>(common);
        installer.addAll(List.of("--type", os.installerType, "--dest", DIST.toString(), "--app-image", appImage.toString()));
        installer.addAll(os.installerOptions());
        if (os == Os.LINUX) {
            // The archive is dumped again where the .deb installs Jaga (a moved archive is not trusted); the
            // class list travels in the package, the archive does not.
            Path resources = WORK.resolve("deb-resources");
            ClassDataSharing.writeDebianScripts(resources, appImage, archived);
            installer.addAll(List.of("--resource-dir", resources.toString()));
            Path archive = appImage.resolve(os.appFolder()).resolve(ClassDataSharing.KIND.cache);
            Path keep = WORK.resolve(ClassDataSharing.KIND.cache);
            if (Files.exists(archive)) {
                Files.move(archive, keep);
            }
            run("jpackage", installer.toArray(String[]::new));
            if (Files.exists(keep)) {
                Files.move(keep, archive); // the app image in target/dist keeps its own
            }
        } else {
            run("jpackage", installer.toArray(String[]::new));
        }
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

    /**
     * The class cache the packaged app starts from. A training run of the finished image (through its own
     * launcher, so with exactly the class path and options a family's start uses) records what Jaga loads up to
     * its first screen; the cache is then made from that record. On JDK 25 and later (the runtime this JDK
     * links into the image) that is the ahead-of-time cache (JEP 483/514/515: classes loaded and linked, with
     * method profiles); on JDK 17 a static AppCDS archive (parsed and verified classes). Either way the record
     * is kept and the cache made from it needs no display, so the .deb's post-install script makes it again
     * in place (a moved AppCDS archive is not trusted; JDK 25's cache is, but is made for the installed files): docs/decisions 0006 and 0021.
     */
    static final class ClassDataSharing {
        /** JDK 25's AOT cache, or JDK 17's AppCDS archive: its files and the options that make and use it. */
        enum Kind {
            AOT("jaga.aot", "jaga.aotconf"), APPCDS("jaga.jsa", "jaga.classlist");

            final String cache;
            final String record;

            Kind(String cache, String record) {
                this.cache = cache;
                this.record = record;
            }

            /** The runtime jlink makes is this JDK's own. */
            static Kind ofThisJdk() {
                return Runtime.version().feature() >= 25 ? AOT : APPCDS;
            }

            /** Added to the launcher for the training run. */
            String recordOption(String appFolder) {
                return this == AOT ? "-XX:AOTMode=record -XX:AOTConfiguration=" + appFolder + "/" + record
                        : "-XX:DumpLoadedClassList=" + appFolder + "/" + record;
            }

            /** The options that make the cache from the record, for an app folder and class path. */
            List<String> makeOptions(String appFolder, String classPath) {
                return this == AOT
                        ? List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + appFolder + "/" + record,
                                "-XX:AOTCache=" + appFolder + "/" + cache, "-cp", classPath)
                        : List.of("-Xshare:dump", "-XX:SharedClassListFile=" + appFolder + "/" + record,
                                "-XX:SharedArchiveFile=" + appFolder + "/" + cache, "-cp", classPath);
            }

            /** The launcher's option that uses the cache ($APPDIR: the image's app folder). */
            String useOption() {
                return this == AOT ? "-XX:AOTCache=$APPDIR/" + cache : "-XX:SharedArchiveFile=$APPDIR/" + cache;
            }
        }

        static final Kind KIND = Kind.ofThisJdk();

        /** Makes the record and the cache in the image; false (with a message) if it could not. */
        static boolean makeArchive(Os os, Path appImage) throws IOException, InterruptedException {
            if (!Boolean.parseBoolean(System.getProperty("jaga.package.cds", "true"))) {
                say("class cache not made (-Djaga.package.cds=false)");
                return false;
            }
            if (os == Os.LINUX && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
                say("no display, so no class cache: the app starts without one, a little slower."
                        + " Run the build under xvfb-run (or on a desktop) to make one.");
                return false;
            }
            Path appFolder = appImage.resolve(os.appFolder());
            Path config = appFolder.resolve(NAME + ".cfg");
            // Trained as a lab PC starts: a class on "Who is learning?", and the lessons loaded after it
            // (the app waits for them when training) so the cache holds both.
            Path data = Files.createTempDirectory("jaga-cds-training");
            Path roster = data.resolve("training-roster.csv");
            Files.writeString(roster, "Name,Band,Class\nAina,7-9,5 Amanah\nBen,10-12,5 Amanah\nChitra,13-17,5 Amanah\n");
            int seeded = runLogged(List.of(appImage.resolve(os.launcher()).toString(), "--data-dir", data.toString(),
                    "import-roster", roster.toString()), WORK.resolve("cds-training-roster.log"));
            if (seeded != 0) {
                say("the training run's class list could not be made (see " + WORK.resolve("cds-training-roster.log")
                        + "); training on an empty computer instead.");
            }
            String original = Files.readString(config);
            String withRecord = withJavaOption(original, "-Djaga.startup.training=true");
            for (String option : KIND.recordOption("$APPDIR").split(" ")) {
                withRecord = withJavaOption(withRecord, option);
            }
            Files.writeString(config, withRecord);
            List<String> command = List.of(appImage.resolve(os.launcher()).toString(), "--data-dir", data.toString(),
                    "--exit-when-ready");
            say("training run for the class cache (" + KIND + "): " + String.join(" ", command));
            Path log = WORK.resolve("cds-training.log");
            int exit = runLogged(command, log);
            Files.writeString(config, original);
            deleteRecursively(data);
            if (exit != 0 || !Files.exists(appFolder.resolve(KIND.record))) {
                Files.deleteIfExists(appFolder.resolve(KIND.record));
                say("the training run failed (see " + log + "), so no class cache; the app starts without one.");
                return false;
            }
            List<String> make = new ArrayList<>(List.of(appImage.resolve(os.runtimeJava()).toString()));
            make.addAll(KIND.makeOptions(appFolder.toAbsolutePath().toString(),
                    classPath(original, appFolder.toAbsolutePath().toString())));
            if (runLogged(make, WORK.resolve("cds-dump.log")) != 0) {
                say("the class cache could not be made (see " + WORK.resolve("cds-dump.log") + "); the app starts without one.");
                return false;
            }
            Files.writeString(config, withJavaOption(original, KIND.useOption()));
            say("class cache " + appFolder.resolve(KIND.cache) + " (" + Files.size(appFolder.resolve(KIND.cache)) / 1_000_000
                    + " MB) from the training run's record " + KIND.record);
            return true;
        }

        /** The launcher's class path, in its order, with $APPDIR filled in. */
        static String classPath(String config, String appFolder) {
            return config.lines().filter(line -> line.startsWith("app.classpath="))
                    .map(line -> line.substring("app.classpath=".length()).replace("$APPDIR", appFolder))
                    .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        }

        private static int runLogged(List<String> command, Path log) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
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

        /**
         * The .deb's own maintainer scripts (jpackage's use xdg-desktop-menu, which fails where the system has no
         * menu folder, as on this minimal Debian): the desktop entry goes to /usr/share/applications, and the
         * archive is dumped in place from the shipped class list (no display needed). A failed dump only
         * leaves Jaga starting without the archive.
         */
        static void writeDebianScripts(Path resources, Path appImage, boolean withArchive) throws IOException {
            Files.createDirectories(resources);
            String installed = "/opt/" + PACKAGE;
            String appFolder = installed + "/lib/app";
            String desktop = installed + "/lib/" + PACKAGE + "-" + NAME + ".desktop";
            String config = Files.readString(appImage.resolve(Os.LINUX.appFolder()).resolve(NAME + ".cfg"));
            StringBuilder postinst = new StringBuilder("""
                    #!/bin/sh
                    set -e
                    case "$1" in
                        configure)
                            mkdir -p /usr/share/applications
                            cp DESKTOP /usr/share/applications/jaga.desktop
                            if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
                    """.replace("DESKTOP", desktop));
            if (withArchive) {
                List<String> dump = new ArrayList<>(List.of(installed + "/" + Os.LINUX.runtimeJava()));
                dump.addAll(KIND.makeOptions(appFolder, classPath(config, appFolder)));
                postinst.append("            rm -f ").append(appFolder).append('/').append(KIND.cache).append("\n")
                        .append("            ").append(String.join(" ", dump))
                        .append(" >/dev/null 2>&1 || echo \"Jaga: no class cache; Jaga will start a little slower.\"\n");
            }
            postinst.append("""
                            ;;
                    esac
                    exit 0
                    """);
            String prerm = """
                    #!/bin/sh
                    set -e
                    case "$1" in
                        remove|upgrade|deconfigure)
                            rm -f /usr/share/applications/jaga.desktop APP/ARCHIVE
                            if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
                            ;;
                    esac
                    exit 0
                    """.replace("APP", appFolder).replace("ARCHIVE", KIND.cache);
            Files.writeString(resources.resolve("postinst"), postinst);
            Files.writeString(resources.resolve("prerm"), prerm);
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

        String runtimeJava() {
            return switch (this) {
                case LINUX -> "lib/runtime/bin/java";
                case WINDOWS -> "runtime/bin/java.exe";
                case MAC -> "Contents/runtime/Contents/Home/bin/java";
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
