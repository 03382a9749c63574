package jaga.learning;

/** A place in a module's lessons: which lesson, and which step in it (both from 0). */
public record LessonPosition(int lesson, int step) {
    public static final LessonPosition START = new LessonPosition(0, 0);
}
