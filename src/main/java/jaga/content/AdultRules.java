package jaga.content;

import jaga.model.Band;
import java.util.HashSet;
import java.util.Set;

/**
 * The validator's rules for what adults read: a parent guide's sections and conversation starters
 * (each for a child's age), and the teacher notes' timing, prompts and what to do on a disclosure.
 */
final class AdultRules {
    private final ModuleProblems problems;
    private final TextRules texts;

    AdultRules(ModuleProblems problems, TextRules texts) {
        this.problems = problems;
        this.texts = texts;
    }

    void guide(String path, ParentGuide guide) {
        if (problems.nonEmpty(path, "sections", guide.sections())) {
            String sectionsPath = JsonPaths.child(path, "sections");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < guide.sections().size(); i++) {
                String sectionPath = JsonPaths.index(sectionsPath, i);
                ParentGuide.Section section = guide.sections().get(i);
                if (problems.notNull(sectionPath, section, "section")) {
                    problems.uniqueId(sectionPath, section.id(), ids, "section");
                    texts.learnerText(sectionPath, "heading", section.heading());
                    texts.learnerText(sectionPath, "body", section.body());
                }
            }
        }
        String startersPath = JsonPaths.child(path, "conversationStarters");
        for (int i = 0; i < guide.conversationStarters().size(); i++) {
            String starterPath = JsonPaths.index(startersPath, i);
            ParentGuide.Starter starter = guide.conversationStarters().get(i);
            if (problems.notNull(starterPath, starter, "conversation starter")) {
                texts.learnerText(starterPath, "text", starter.text());
                if (starter.band() == Band.ADULTS) {
                    problems.error(JsonPaths.child(starterPath, "band"),
                            "a conversation starter is for a child's age: 7-9, 10-12 or 13-17");
                }
            }
        }
    }

    void teacherNotes(String path, TeacherNotes notes) {
        if (problems.nonEmpty(path, "timing", notes.timing())) {
            String timingPath = JsonPaths.child(path, "timing");
            for (int i = 0; i < notes.timing().size(); i++) {
                String partPath = JsonPaths.index(timingPath, i);
                TeacherNotes.TimedActivity part = notes.timing().get(i);
                if (problems.notNull(partPath, part, "timing entry")) {
                    if (problems.required(partPath, "minutes", part.minutes()) && part.minutes() < 1) {
                        problems.error(JsonPaths.child(partPath, "minutes"), "minutes must be 1 or more");
                    }
                    texts.text(partPath, "activity", part.activity());
                }
            }
        }
        if (problems.nonEmpty(path, "discussionPrompts", notes.discussionPrompts())) {
            texts.texts(JsonPaths.child(path, "discussionPrompts"), notes.discussionPrompts());
        }
        texts.text(path, "disclosure", notes.disclosure());
    }
}
