package jaga.content;

import jaga.model.Band;
import java.util.List;

/**
 * One module: lessons to work through, then a quiz; or, for parents, a guide. Read from
 * content/modules/&lt;id&gt;/module.json.
 */
public record ContentModule(
        Integer formatVersion,
        String id,
        Integer version,
        Topic topic,
        Band band,
        Audience audience,
        LocalizedText title,
        LocalizedText summary,
        List<LocalizedText> objectives,
        Integer estimatedMinutes,
        List<String> prerequisites,
        List<Lesson> lessons,
        Quiz quiz,
        ParentGuide guide,
        TeacherNotes teacherNotes) {

    public ContentModule {
        objectives = objectives == null ? null : List.copyOf(objectives);
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        lessons = lessons == null ? null : List.copyOf(lessons);
    }

    public boolean forLearners() {
        return audience == Audience.LEARNER;
    }
}
