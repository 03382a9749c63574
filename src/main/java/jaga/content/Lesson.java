package jaga.content;

import java.util.List;

public record Lesson(String id, LocalizedText title, List<Step> steps) {
    public Lesson {
        steps = steps == null ? null : List.copyOf(steps);
    }
}
