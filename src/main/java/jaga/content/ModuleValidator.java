package jaga.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second pass over a module that parsed: required fields, translations, unique ids and
 * answerable questions. Collects every problem rather than stopping at the first.
 */
final class ModuleValidator {

    static final int FORMAT_VERSION = 1;
    static final List<String> REQUIRED_LOCALES = List.of("en", "ms");
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path file;
    private final JsonLocations locations;
    private final List<ContentProblem> problems = new ArrayList<>();

    ModuleValidator(Path file, JsonLocations locations) {
        this.file = file;
        this.locations = locations;
    }

    List<ContentProblem> validate(ContentModule module) {
        String root = JsonPaths.ROOT;
        if (module.formatVersion() == null) {
            missing(root, "formatVersion");
        } else if (module.formatVersion() > FORMAT_VERSION) {
            error(JsonPaths.child(root, "formatVersion"), "format version " + module.formatVersion()
                    + " is newer than this Jaga understands (" + FORMAT_VERSION + "); update Jaga to use this module");
        } else if (module.formatVersion() < 1) {
            error(JsonPaths.child(root, "formatVersion"), "format version must be 1 or more");
        }
        if (required(root, "id", module.id())) {
            checkId(JsonPaths.child(root, "id"), module.id());
            String folder = file.toAbsolutePath().getParent().getFileName().toString();
            if (!folder.equals(module.id())) {
                error(JsonPaths.child(root, "id"), "module id '" + module.id() + "' does not match its folder name '" + folder + "'");
            }
        }
        if (required(root, "version", module.version()) && module.version() < 1) {
            error(JsonPaths.child(root, "version"), "version must be 1 or more");
        }
        required(root, "topic", module.topic());
        required(root, "band", module.band());
        text(root, "title", module.title());
        text(root, "summary", module.summary());

        Set<String> stepIds = new HashSet<>();
        Set<String> lessonIds = new HashSet<>();
        if (nonEmpty(root, "lessons", module.lessons())) {
            for (int i = 0; i < module.lessons().size(); i++) {
                lesson(JsonPaths.index(JsonPaths.child(root, "lessons"), i), module.lessons().get(i), lessonIds, stepIds);
            }
        }
        if (required(root, "quiz", module.quiz())) {
            quiz(JsonPaths.child(root, "quiz"), module.quiz());
        }
        return problems;
    }

    private void lesson(String path, Lesson lesson, Set<String> lessonIds, Set<String> stepIds) {
        if (lesson == null) {
            error(path, "a lesson cannot be null");
            return;
        }
        uniqueId(path, lesson.id(), lessonIds, "lesson");
        text(path, "title", lesson.title());
        if (nonEmpty(path, "steps", lesson.steps())) {
            for (int i = 0; i < lesson.steps().size(); i++) {
                String stepPath = JsonPaths.index(JsonPaths.child(path, "steps"), i);
                Step step = lesson.steps().get(i);
                if (step == null) {
                    error(stepPath, "a step cannot be null");
                    continue;
                }
                uniqueId(stepPath, step.id(), stepIds, "step");
                if (step instanceof TextStep textStep) {
                    text(stepPath, "text", textStep.text());
                }
            }
        }
    }

    private void quiz(String path, Quiz quiz) {
        if (required(path, "passMark", quiz.passMark()) && (quiz.passMark() < 0 || quiz.passMark() > 100)) {
            error(JsonPaths.child(path, "passMark"), "pass mark must be between 0 and 100, not " + quiz.passMark());
        }
        if (!nonEmpty(path, "questions", quiz.questions())) {
            return;
        }
        Set<String> questionIds = new HashSet<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            String questionPath = JsonPaths.index(JsonPaths.child(path, "questions"), i);
            Question question = quiz.questions().get(i);
            if (question == null) {
                error(questionPath, "a question cannot be null");
                continue;
            }
            uniqueId(questionPath, question.id(), questionIds, "question");
            text(questionPath, "prompt", question.prompt());
            text(questionPath, "explanation", question.explanation());
            if (question instanceof SingleChoiceQuestion single) {
                singleChoice(questionPath, single);
            }
        }
    }

    private void singleChoice(String path, SingleChoiceQuestion question) {
        if (!nonEmpty(path, "choices", question.choices())) {
            return;
        }
        String choicesPath = JsonPaths.child(path, "choices");
        if (question.choices().size() < 2) {
            error(choicesPath, "a question needs at least two choices");
        }
        Set<String> choiceIds = new HashSet<>();
        int correct = 0;
        for (int i = 0; i < question.choices().size(); i++) {
            String choicePath = JsonPaths.index(choicesPath, i);
            Choice choice = question.choices().get(i);
            if (choice == null) {
                error(choicePath, "a choice cannot be null");
                continue;
            }
            uniqueId(choicePath, choice.id(), choiceIds, "choice");
            text(choicePath, "text", choice.text());
            text(choicePath, "feedback", choice.feedback());
            if (choice.correct()) {
                correct++;
            }
        }
        if (correct == 0) {
            error(choicesPath, "no choice is marked correct");
        } else if (correct > 1) {
            error(choicesPath, "a single-choice question has exactly one correct choice, but " + correct + " are marked correct");
        }
    }

    private void uniqueId(String path, String id, Set<String> seen, String what) {
        if (!required(path, "id", id)) {
            return;
        }
        checkId(JsonPaths.child(path, "id"), id);
        if (!seen.add(id)) {
            error(JsonPaths.child(path, "id"), "duplicate " + what + " id '" + id + "'");
        }
    }

    private void checkId(String path, String id) {
        if (!KEBAB_CASE.matcher(id).matches()) {
            error(path, "id '" + id + "' must be lowercase letters, digits and single hyphens (kebab-case)");
        }
    }

    private void text(String parent, String property, LocalizedText text) {
        if (!required(parent, property, text)) {
            return;
        }
        String path = JsonPaths.child(parent, property);
        for (String locale : REQUIRED_LOCALES) {
            if (!text.has(locale)) {
                error(path, "missing translation for '" + locale + "'");
            }
        }
    }

    private boolean nonEmpty(String parent, String property, List<?> list) {
        if (!required(parent, property, list)) {
            return false;
        }
        if (list.isEmpty()) {
            error(JsonPaths.child(parent, property), "'" + property + "' must not be empty");
            return false;
        }
        return true;
    }

    private boolean required(String parent, String property, Object value) {
        if (value == null) {
            missing(parent, property);
            return false;
        }
        return true;
    }

    private void missing(String parent, String property) {
        problems.add(ContentProblem.error(file, locations.at(parent), parent, "missing required property '" + property + "'"));
    }

    private void error(String path, String message) {
        problems.add(ContentProblem.error(file, locations.at(path), path, message));
    }
}
