package jaga.cli;

import jaga.content.ContentLoader;
import jaga.content.pack.ModulePacks;
import jaga.progress.DataDirectory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jaga install-module FILE.jaga [--replace | --keep-both]}. */
@Command(name = "install-module", mixinStandardHelpOptions = true,
        description = {"Install a .jaga module pack into the data folder's modules/.",
                "Everything is checked first (checksums, the module itself, safe file names and sizes); when anything"
                        + " is wrong, nothing is installed.",
                "Exit code 0 when installed, 1 when the pack is refused, 2 for wrong usage or a file that cannot be read."})
final class InstallModuleCommand extends JagaSubcommand {

    @Parameters(paramLabel = "FILE.jaga", description = "The pack.")
    Path pack;

    @Option(names = "--replace", description = "Replace an installed module with the same id, if the pack's version is newer.")
    boolean replace;

    @Option(names = "--keep-both", description = "If the id is taken, install the pack under a new id (ID-2, ID-3, ...).")
    boolean keepBoth;

    @Override
    public Integer call() {
        PrintWriter err = err();
        String notInstalled = "jaga: " + pack + " was not installed: ";
        return PackFiles.run(this, notInstalled, notInstalled, () -> {
            if (replace && keepBoth) {
                err.println("jaga: choose --replace or --keep-both, not both");
                return JagaCommand.EXIT_UNUSABLE;
            }
            if (!Files.isRegularFile(pack)) {
                err.println("jaga: cannot read " + pack + ": there is no such file");
                return JagaCommand.EXIT_UNUSABLE;
            }
            Path data = parent.dataDirectory().root();
            Path bundled = parent.contentFolder().resolve(ContentLoader.MODULES_FOLDER);
            ModulePacks.IfExists ifExists = replace ? ModulePacks.IfExists.REPLACE_IF_NEWER
                    : keepBoth ? ModulePacks.IfExists.KEEP_BOTH : ModulePacks.IfExists.REFUSE;
            ModulePacks.Installed installed = new ModulePacks(parent.bundledResources()).install(pack,
                    DataDirectory.ownModules(data), data, id -> Files.isDirectory(bundled.resolve(id)), ifExists);
            out().println((installed.replaced() ? "Replaced " : "Installed ") + installed.id()
                    + " version " + installed.version() + " in " + installed.folder());
            return JagaCommand.EXIT_OK;
        });
    }
}
