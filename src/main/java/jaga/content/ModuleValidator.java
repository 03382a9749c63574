package jaga.content;

import jaga.model.Band;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks a schema cannot make, on a module that became records: required parts,
 * translations, unique ids, answerable questions, chats that always reach an ending, contacts
 * and pictures that exist, and reading level. Collects every problem rather than stopping.
 * The module's own properties are checked here; each part by its group of rules ({@link LessonRules},
 * {@link ChatRules}, {@link ThreadRules}, {@link QuestionRules}, {@link AdultRules}, {@link TextRules},
 * {@link PictureRules}), all reporting to one {@link ModuleProblems}.
 */
final class ModuleValidator {

    private final Path file;
    private final ModuleProblems problems;
    private final TextRules texts;
    private final LessonRules lessons;
    private final QuestionRules questions;
    private final AdultRules adults;

    ModuleValidator(Path file, JsonDocument document, Resources resources) {
        this.file = file;
        this.problems = new ModuleProblems(file, document);
        this.texts = new TextRules(problems);
        PictureRules pictures = new PictureRules(file.toAbsolutePath().getParent(), problems::error);
        ThreadRules threads = new ThreadRules(problems, texts, pictures);
        this.questions = new QuestionRules(problems, texts, threads);
        this.lessons = new LessonRules(problems, texts, pictures, threads, questions, resources);
        this.adults = new AdultRules(problems, texts);
    }

    List<ContentProblem> validate(ContentModule module) {
        String root = JsonPaths.ROOT;
        if (problems.required(root, "id", module.id())) {
            problems.checkId(root, "id", module.id());
            String folder = file.toAbsolutePath().getParent().getFileName().toString();
            if (!folder.equals(module.id())) {
                problems.error("id", "module id '" + module.id() + "' does not match its folder name '" + folder + "'");
            }
        }
        if (problems.required(root, "version", module.version()) && module.version() < 1) {
            problems.error("version", "version must be 1 or more");
        }
        problems.required(root, "topic", module.topic());
        problems.required(root, "audience", module.audience());
        if (problems.required(root, "band", module.band()) && module.audience() != null) {
            boolean adultBand = module.band() == Band.ADULTS;
            if (module.forLearners() && adultBand) {
                problems.error("band", "a learner module needs a children's band (7-9, 10-12 or 13-17)");
            } else if (!module.forLearners() && !adultBand) {
                problems.error("band", "a module for " + module.audience().code() + "s uses the band 'adults'");
            }
            texts.readingLevelOf(module.band());
        }
        texts.text(root, "title", module.title());
        texts.learnerText(root, "summary", module.summary()); // children read it on the module's card
        if (problems.nonEmpty(root, "objectives", module.objectives())) {
            texts.texts("objectives", module.objectives());
        }
        if (problems.required(root, "estimatedMinutes", module.estimatedMinutes())
                && (module.estimatedMinutes() < 1 || module.estimatedMinutes() > 180)) {
            problems.error("estimatedMinutes", "estimated minutes must be between 1 and 180");
        }
        for (int i = 0; i < module.prerequisites().size(); i++) {
            String id = module.prerequisites().get(i);
            String path = JsonPaths.index("prerequisites", i);
            if (id == null) {
                problems.error(path, "a prerequisite cannot be null");
            } else if (id.equals(module.id())) {
                problems.error(path, "a module cannot be its own prerequisite");
            }
        }

        boolean learner = module.forLearners();
        if (learner ? problems.nonEmpty(root, "lessons", module.lessons()) : module.lessons() != null) {
            for (int i = 0; i < module.lessons().size(); i++) {
                lessons.lesson(JsonPaths.index("lessons", i), module.lessons().get(i));
            }
        }
        if (learner ? problems.required(root, "quiz", module.quiz()) : module.quiz() != null) {
            questions.quiz("quiz", module.quiz());
        }
        if (module.audience() == Audience.PARENT ? problems.required(root, "guide", module.guide()) : module.guide() != null) {
            adults.guide("guide", module.guide());
        }
        if (module.teacherNotes() != null) {
            adults.teacherNotes("teacherNotes", module.teacherNotes());
        }
        return problems.list();
    }
}
