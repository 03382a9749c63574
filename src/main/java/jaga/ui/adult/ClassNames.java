package jaga.ui.adult;

import jaga.learning.Classroom.ClassRow;
import jaga.learning.Roster;
import java.util.List;

/** What is wrong with a class name as typed: the Classes page says it while it is typed and refuses it on saving. */
final class ClassNames {
    private ClassNames() {}

    /**
     * The problem with {@code typed} as a class name, or null: too long, or (when {@code mustBeNew})
     * already the name of a class, whatever its capitals. A blank name is no problem to say while
     * typing; it is simply not saved.
     */
    static Notice problem(String typed, List<ClassRow> classes, boolean mustBeNew) {
        String name = typed == null ? "" : typed.strip();
        if (name.codePointCount(0, name.length()) > Roster.MAX_CLASS_NAME) {
            return Notice.problem("adult.classes.nameTooLong", Roster.MAX_CLASS_NAME);
        }
        if (mustBeNew && !name.isEmpty()
                && classes.stream().anyMatch(c -> c.schoolClass().name().strip().equalsIgnoreCase(name))) {
            return Notice.problem("adult.classes.nameTaken", name);
        }
        return null;
    }
}
