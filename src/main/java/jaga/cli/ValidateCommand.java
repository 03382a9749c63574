package jaga.cli;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jaga validate [PATH...]}: one line per problem, as {@code file:line:column: json.path: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check lesson content and print one line per problem.",
                "Each PATH may be a content folder, a folder of modules, one module's folder, or one module.json.",
                "Exit code 0 when there are no errors, 1 otherwise."})
final class ValidateCommand extends JagaSubcommand {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "What to check (default: the bundled content and the modules/ folder of the data folder).")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> targets = paths == null || paths.isEmpty() ? parent.allContent() : paths;
        ContentCatalog catalog = new ContentLoader(parent.bundledResources()).load(targets);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        catalog.problems().forEach(problem -> out.println(problem.format()));
        long errors = catalog.problems().stream().filter(ContentProblem::isError).count();
        long warnings = catalog.problems().size() - errors;
        err.printf("%d module(s) loaded, %d left out; %d error(s), %d warning(s)%n",
                catalog.modules().size(), catalog.broken().size(), errors, warnings);
        out.flush();
        err.flush();
        return errors == 0 ? JagaCommand.EXIT_OK : JagaCommand.EXIT_PROBLEMS;
    }
}
