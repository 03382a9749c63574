package jaga.content.gift;

import java.util.List;

/** Everything read from one GIFT file: categories, questions in order, and problems. */
public record GiftFile(List<Category> categories, List<GiftQuestion> questions, List<GiftProblem> problems) {

    public GiftFile {
        categories = List.copyOf(categories);
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** A {@code $CATEGORY:} line. */
    public record Category(int line, String name) {}
}
