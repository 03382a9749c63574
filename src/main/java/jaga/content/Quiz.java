package jaga.content;

import java.util.List;

public record Quiz(Integer passMark, List<Question> questions) {
    public Quiz {
        questions = questions == null ? null : List.copyOf(questions);
    }
}
