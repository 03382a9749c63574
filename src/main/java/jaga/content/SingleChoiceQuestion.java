package jaga.content;

import java.util.List;
import java.util.Optional;

/** Pick one answer; exactly one choice is correct. */
public record SingleChoiceQuestion(
        String id, LocalizedText prompt, List<Choice> choices, LocalizedText explanation) implements Question {

    public SingleChoiceQuestion {
        choices = choices == null ? null : List.copyOf(choices);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
