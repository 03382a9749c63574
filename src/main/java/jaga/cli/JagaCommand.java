package jaga.cli;

import jaga.content.BundledContent;
import jaga.content.ContentLoader;
import jaga.content.Resources;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jaga [--data-dir DIR] [COMMAND]}: with no command, opens the app window. */
@Command(name = "jaga",
        mixinStandardHelpOptions = true,
        versionProvider = JagaCommand.Version.class,
        description = "Jaga teaches children to stay safe online. With no command, opens the app.",
        subcommands = {ValidateCommand.class, LearnersCommand.class, ExportCommand.class, ImportCommand.class,
                BackupCommand.class, RestoreCommand.class, DeleteLearnerCommand.class, ImportGiftCommand.class,
                ExportModuleCommand.class, InstallModuleCommand.class, ImportRosterCommand.class, ReportCommand.class,
                CertificateCommand.class, BenchCommand.class, HubCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems found (content that does not validate, a learner or class name that"
                + " matches nobody or several)",
                "2:wrong usage, or the data folder, database or a named file cannot be used"
                + " (newer, damaged, already open, read-only)"})
public final class JagaCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_PROBLEMS = 1;
    public static final int EXIT_UNUSABLE = 2;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for progress and backups (default: $JAGA_DATA_DIR, else the platform's app data folder).")
    Path dataDir;

    @Option(names = "--content-dir", paramLabel = "DIR",
            description = "Content folder to use instead of the bundled one (default: $JAGA_CONTENT_DIR, else the bundled content).")
    Path contentDir;

    @Option(names = "--exit-when-ready",
            description = "Quit (exit code 0) as soon as the first screen is shown and usable: for timing start-up.")
    boolean exitWhenReady;

    private final ToIntFunction<LaunchOptions> windowLauncher;
    private final Map<String, String> environment;

    public JagaCommand(ToIntFunction<LaunchOptions> windowLauncher, Map<String, String> environment) {
        this.windowLauncher = windowLauncher;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        DataDirectory data = DataDirectory.prepare(dataFolder());
        return windowLauncher.applyAsInt(new LaunchOptions(data, contentFolder(), exitWhenReady));
    }

    /**
     * The window's options when the arguments only open the window (nothing but --data-dir, --content-dir and
     * --exit-when-ready), read without building picocli's model of every command: that costs a few hundred
     * milliseconds of a cold start, and picocli's classes (compiled for Java 5) cannot be kept in a class-data
     * sharing archive. Empty when anything else is asked for or something is wrong: picocli then runs as usual
     * and gives its usual messages and exit codes.
     */
    public static Optional<LaunchOptions> plainWindowLaunch(String[] args, Map<String, String> environment) {
        JagaCommand command = new JagaCommand(null, environment);
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--exit-when-ready")) {
                    command.exitWhenReady = true;
                } else if (arg.startsWith("--data-dir=") || arg.startsWith("--content-dir=")) {
                    command.folder(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else if ((arg.equals("--data-dir") || arg.equals("--content-dir")) && i + 1 < args.length) {
                    command.folder(arg, args[++i]);
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new LaunchOptions(command.dataDirectory(), command.contentFolder(), command.exitWhenReady));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void folder(String option, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a folder");
        }
        if (option.equals("--data-dir")) {
            dataDir = Path.of(value);
        } else {
            contentDir = Path.of(value);
        }
    }

    /** The checked data folder named by --data-dir (or its defaults). */
    DataDirectory dataDirectory() {
        return DataDirectory.prepare(dataFolder());
    }

    /** Opens the progress database as its one writer; refused if Jaga is already open on it. */
    Database openDatabase() {
        return Database.open(dataDirectory(), Clock.systemUTC());
    }

    Path dataFolder() {
        return DataDirectory.choose(Optional.ofNullable(dataDir), environment, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    Path contentFolder() {
        if (contentDir != null) {
            return contentDir.toAbsolutePath();
        }
        return BundledContent.locate(environment, Path.of("").toAbsolutePath())
                .orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this),
                        "Cannot find Jaga's content folder. Run Jaga from its folder, or set --content-dir or "
                                + BundledContent.ENVIRONMENT_VARIABLE + "."));
    }

    /** The bundled content, then teachers' own modules in the data folder's modules/ if there are any. */
    List<Path> allContent() {
        return DataDirectory.contentSources(contentFolder(), dataFolder());
    }

    /** The bundled help contacts, for checking modules that are not inside a content folder. */
    Resources bundledResources() {
        return BundledContent.locate(environment, Path.of("").toAbsolutePath())
                .map(folder -> ContentLoader.resourcesOf(folder, new java.util.ArrayList<>()))
                .orElse(Resources.NONE);
    }

    /** The version baked in at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Jaga " + JagaVersion.current()};
        }
    }
}
