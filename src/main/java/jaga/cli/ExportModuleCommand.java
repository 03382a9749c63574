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

/** {@code jaga export-module ID --out FILE.jaga}. */
@Command(name = "export-module", mixinStandardHelpOptions = true,
        description = {"Write one module as a .jaga pack to share with another school or computer.",
                "Looks in the data folder's modules/ first, then in the modules that come with Jaga. FILE must not exist yet.",
                "Exit code 0 when written, 1 when the module does not pass the checks, 2 for wrong usage."})
final class ExportModuleCommand extends JagaSubcommand {

    @Parameters(paramLabel = "ID", description = "The module's id.")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE.jaga", description = "The pack to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = err();
        return PackFiles.run(this, "jaga: cannot export " + id + ": ", "jaga: cannot write " + out + ": ", () -> {
            Path own = DataDirectory.ownModules(parent.dataFolder()).resolve(id);
            Path bundled = parent.contentFolder().resolve(ContentLoader.MODULES_FOLDER).resolve(id);
            Path folder = id.contains("/") || id.contains("\\") || id.contains("..") ? null
                    : Files.isDirectory(own) ? own : Files.isDirectory(bundled) ? bundled : null;
            if (folder == null) {
                err.println("jaga: there is no module called " + id + " (see `jaga validate` for the modules there are)");
                return JagaCommand.EXIT_UNUSABLE;
            }
            if (Files.exists(out)) {
                err.println("jaga: " + out + " already exists; choose another --out");
                return JagaCommand.EXIT_UNUSABLE;
            }
            new ModulePacks(parent.bundledResources()).export(folder, out);
            out().println("Exported " + id + " to " + out.toAbsolutePath());
            return JagaCommand.EXIT_OK;
        });
    }
}
