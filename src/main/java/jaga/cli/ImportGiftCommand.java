package jaga.cli;

import jaga.model.Band;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.ContentProblem;
import jaga.content.ModuleReader;
import jaga.content.Topic;
import jaga.content.gift.GiftImport;
import jaga.content.gift.GiftModule;
import jaga.content.gift.GiftParser;
import jaga.content.gift.GiftProblem;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jaga import-gift FILE.gift --id ID --topic TOPIC --band BAND [--locale en|ms] [--out DIR]}. */
@Command(name = "import-gift", mixinStandardHelpOptions = true,
        description = {"Turn a Moodle GIFT quiz into a Jaga module: the quiz, and a lesson to write.",
                "Multiple choice, true/false and matching questions are imported; other types are reported and skipped.",
                "Each problem is one line, FILE:LINE: message. Exit code 0 when the module was written, 1 when nothing"
                        + " usable was found, 2 for wrong usage or a file that cannot be read."})
final class ImportGiftCommand extends JagaSubcommand {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    @Parameters(paramLabel = "FILE.gift", description = "The GIFT file (UTF-8 text).")
    Path file;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The new module's id: lowercase words with hyphens, e.g. scams-quiz-5b.")
    String id;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC",
            description = "grooming, scams, images, cyberbullying, privacy, misinformation, upsetting or games.")
    String topic;

    @Option(names = "--band", required = true, paramLabel = "BAND", description = "The learners' ages: 7-9, 10-12 or 13-17.")
    String band;

    @Option(names = "--locale", paramLabel = "en|ms", defaultValue = "en",
            description = "The language the file is written in (default: en). Its text is copied to the other language, to translate later.")
    String locale;

    @Option(names = "--title", paramLabel = "TEXT", description = "The module's title (default: the file's category, else its name).")
    String title;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to put the module's folder in (default: the modules/ folder of the data folder).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(stdout, err);
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int run(PrintWriter stdout, PrintWriter err) {
        Optional<Topic> chosenTopic = Arrays.stream(Topic.values()).filter(t -> t.code().equals(topic)).findFirst();
        Optional<Band> chosenBand = Band.fromCode(band).filter(b -> b != Band.ADULTS);
        if (!KEBAB_CASE.matcher(id).matches()) {
            return usage(err, "the id '" + id + "' must be lowercase letters, digits and single hyphens, like scams-quiz-5b");
        }
        if (chosenTopic.isEmpty()) {
            return usage(err, "the topic '" + topic + "' is not one of grooming, scams, images, cyberbullying, privacy, misinformation, upsetting, games");
        }
        if (chosenBand.isEmpty()) {
            return usage(err, "the band '" + band + "' is not one of 7-9, 10-12, 13-17 (a quiz is for learners)");
        }
        if (Language.fromCode(locale).isEmpty()) {
            return usage(err, "the locale '" + locale + "' is not en or ms");
        }
        Path folder = (out != null ? out : DataDirectory.ownModules(parent.dataDirectory().root())).toAbsolutePath();
        Path target = folder.resolve(id);
        if (Files.exists(target)) {
            return usage(err, "there is already a module folder " + target + "; choose another --id or remove it first");
        }
        if (Files.isDirectory(parent.contentFolder().resolve(ContentLoader.MODULES_FOLDER).resolve(id))) {
            return usage(err, "the id '" + id + "' is already used by a module that comes with Jaga; choose another --id");
        }
        String text;
        try {
            text = readText(file);
        } catch (IOException e) {
            err.println("jaga: cannot read " + file + ": " + e.getMessage());
            return JagaCommand.EXIT_UNUSABLE;
        }

        var gift = GiftParser.parse(text);
        GiftImport.Result result = GiftImport.convert(gift);
        for (GiftProblem problem : result.problems()) {
            stdout.println(file + ":" + problem.line() + ": " + problem.format());
        }
        if (result.questions().isEmpty()) {
            err.println("jaga: " + file + " has no question Jaga can use; nothing was written");
            return JagaCommand.EXIT_PROBLEMS;
        }
        String moduleTitle = title != null && !title.isBlank() ? title.strip() : defaultTitle(gift.categories(), file);
        ContentModule module = GiftModule.build(id, chosenTopic.get(), chosenBand.get(), moduleTitle, result.questions());

        Path staging = null;
        try {
            Files.createDirectories(folder);
            // Staged beside the modules folder, not in it, so nothing half-made is ever among the modules.
            staging = Files.createTempDirectory(folder.getParent() != null ? folder.getParent() : folder, ".import-");
            Path moduleFile = Files.createDirectory(staging.resolve(id)).resolve(ContentLoader.MODULE_FILE);
            Files.writeString(moduleFile, GiftModule.json(module), StandardCharsets.UTF_8);
            ModuleReader.ModuleReadResult check = new ModuleReader(true).read(moduleFile, parent.bundledResources());
            List<ContentProblem> problems = check.problems();
            for (ContentProblem problem : problems) {
                stdout.println(problem.format().replace(moduleFile.toString(), target.resolve(ContentLoader.MODULE_FILE).toString()));
            }
            if (problems.stream().anyMatch(ContentProblem::isError)) {
                err.println("jaga: the module made from " + file + " does not pass the checks above; nothing was written");
                return JagaCommand.EXIT_PROBLEMS;
            }
            Files.move(staging.resolve(id), target);
        } catch (IOException e) {
            err.println("jaga: cannot write the module to " + folder + ": " + e.getMessage());
            return JagaCommand.EXIT_UNUSABLE;
        } finally {
            PackFiles.deleteQuietly(staging);
        }
        long skipped = result.problems().stream().filter(GiftProblem::error).count();
        String other = Language.parse(locale) == Language.EN ? "Bahasa Melayu (\"ms\")" : "English (\"en\")";
        err.printf("Imported %d question(s) into %s; %d problem(s) skipped a question.%n", result.questions().size(),
                target.resolve(ContentLoader.MODULE_FILE), skipped);
        err.printf("warning: the quiz is in %s only; its text is copied to %s, to translate before learners use it"
                + " in that language. Edit the lesson \"before-the-quiz\" too.%n",
                Language.parse(locale) == Language.EN ? "English" : "Bahasa Melayu", other);
        return JagaCommand.EXIT_OK;
    }

    private static String defaultTitle(List<jaga.content.gift.GiftFile.Category> categories, Path file) {
        if (!categories.isEmpty()) {
            String name = categories.get(categories.size() - 1).name();
            String last = name.substring(name.lastIndexOf('/') + 1).strip();
            if (!last.isEmpty() && !last.startsWith("$")) {
                return last;
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[-_]+", " ").strip();
        return name.isEmpty() ? "Quiz" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String readText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("there is no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("it is larger than 5 MB, too big for a quiz");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text (save it from your editor as UTF-8)");
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("jaga: " + message);
        return JagaCommand.EXIT_UNUSABLE;
    }
}
