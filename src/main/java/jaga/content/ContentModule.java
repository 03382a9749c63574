package jaga.content;

import java.util.List;

/** One module: lessons to work through, then a quiz. Read from content/modules/&lt;id&gt;/module.json. */
public record ContentModule(
        Integer formatVersion,
        String id,
        Integer version,
        Topic topic,
        Band band,
        LocalizedText title,
        LocalizedText summary,
        List<Lesson> lessons,
        Quiz quiz) {

    public ContentModule {
        lessons = lessons == null ? null : List.copyOf(lessons);
    }
}
