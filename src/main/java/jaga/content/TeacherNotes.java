package jaga.content;

import java.util.List;

/** For a teacher running the module in a 30-minute period. */
public record TeacherNotes(List<TimedActivity> timing, List<LocalizedText> discussionPrompts, LocalizedText disclosure) {
    public TeacherNotes {
        timing = timing == null ? null : List.copyOf(timing);
        discussionPrompts = discussionPrompts == null ? null : List.copyOf(discussionPrompts);
    }

    /** One part of the period: how many minutes, doing what. */
    public record TimedActivity(Integer minutes, LocalizedText activity) {}
}
