package jaga.content;

import java.util.HashSet;
import java.util.Set;

/**
 * The validator's rules for lessons and their steps: ids unique across the module, each kind of
 * step with what it needs (words, pictures, a chat, a thread, a question, contacts that are in
 * resources.json).
 */
final class LessonRules {
    private final ModuleProblems problems;
    private final TextRules texts;
    private final PictureRules pictures;
    private final ThreadRules threads;
    private final ChatRules chats;
    private final QuestionRules questions;
    private final Resources resources;
    private final Set<String> lessonIds = new HashSet<>();
    private final Set<String> stepIds = new HashSet<>();

    LessonRules(ModuleProblems problems, TextRules texts, PictureRules pictures, ThreadRules threads,
                QuestionRules questions, Resources resources) {
        this.problems = problems;
        this.texts = texts;
        this.pictures = pictures;
        this.threads = threads;
        this.chats = new ChatRules(problems, texts, pictures, threads);
        this.questions = questions;
        this.resources = resources;
    }

    void lesson(String path, Lesson lesson) {
        if (!problems.notNull(path, lesson, "lesson")) {
            return;
        }
        problems.uniqueId(path, lesson.id(), lessonIds, "lesson");
        texts.text(path, "title", lesson.title());
        if (problems.nonEmpty(path, "steps", lesson.steps())) {
            String stepsPath = JsonPaths.child(path, "steps");
            for (int i = 0; i < lesson.steps().size(); i++) {
                step(JsonPaths.index(stepsPath, i), lesson.steps().get(i));
            }
        }
    }

    private void step(String path, Step step) {
        if (!problems.notNull(path, step, "step")) {
            return;
        }
        problems.uniqueId(path, step.id(), stepIds, "step");
        if (step instanceof Step.Text text) {
            texts.learnerText(path, "text", text.text());
            picture(JsonPaths.child(path, "picture"), text.picture());
        } else if (step instanceof Step.Image image) {
            texts.text(path, "alt", image.alt());
            texts.optionalText(path, "caption", image.caption());
            if (problems.required(path, "file", image.file())) {
                pictures.file(JsonPaths.child(path, "file"), image.file());
            }
        } else if (step instanceof Step.KeyPoints keyPoints) {
            texts.optionalText(path, "title", keyPoints.title());
            if (problems.nonEmpty(path, "points", keyPoints.points())) {
                String pointsPath = JsonPaths.child(path, "points");
                texts.texts(pointsPath, keyPoints.points());
                if (keyPoints.points().size() > 6) {
                    problems.warning(pointsPath, "key points work best as three or four things to remember, not "
                            + keyPoints.points().size());
                }
            }
        } else if (step instanceof Step.Chat chat) {
            chats.chat(path, chat);
        } else if (step instanceof Step.SpotTheFlags flags) {
            texts.learnerText(path, "prompt", flags.prompt());
            Set<String> people = threads.participants(path, flags.participants());
            threads.flagMessages(path, flags.messages(), people);
        } else if (step instanceof Step.Check check) {
            if (problems.required(path, "question", check.question())) {
                questions.question(JsonPaths.child(path, "question"), check.question());
            }
        } else if (step instanceof Step.Help help) {
            texts.optionalText(path, "text", help.text());
            if (problems.nonEmpty(path, "contacts", help.contacts())) {
                String contactsPath = JsonPaths.child(path, "contacts");
                for (int i = 0; i < help.contacts().size(); i++) {
                    String id = help.contacts().get(i);
                    if (id == null || resources.contact(id).isEmpty()) {
                        problems.error(JsonPaths.index(contactsPath, i), "unknown contact '" + id
                                + "': it is not in resources.json");
                    }
                }
            }
        }
    }

    /** A picture beside a step's words: a file and alt text in every language. */
    private void picture(String path, Picture picture) {
        if (picture != null) {
            texts.text(path, "alt", picture.alt());
            if (problems.required(path, "file", picture.file())) {
                pictures.file(JsonPaths.child(path, "file"), picture.file());
            }
        }
    }
}
