package jaga.ui.question;

import jaga.content.Choice;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.common.I18n;
import jaga.ui.common.Marks;
import jaga.ui.speech.SpeakerButton;
import jaga.ui.speech.ReadAloud;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Pick one (radio buttons) or pick all that apply (check boxes). */
final class ChoiceInput implements AnswerInput {
    private final List<Choice> choices;
    private final I18n i18n;
    private final VBox box = new VBox();
    private final Set<String> picked = new LinkedHashSet<>();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final List<ButtonBase> options = new ArrayList<>();
    private final boolean many;
    private boolean revealed;

    ChoiceInput(List<Choice> choices, boolean many, I18n i18n) {
        this(choices, many, i18n, null);
    }

    /** @param readAloud puts a speaker beside each choice; null for none */
    ChoiceInput(List<Choice> choices, boolean many, I18n i18n, ReadAloud readAloud) {
        this.choices = choices;
        this.i18n = i18n;
        this.many = many;
        box.getStyleClass().add("choices");
        ToggleGroup group = new ToggleGroup();
        if (many) {
            box.getChildren().add(hint());
        }
        for (Choice choice : choices) {
            ButtonBase option;
            if (many) {
                CheckBox box = new CheckBox();
                box.selectedProperty().addListener((obs, was, now) -> toggle(choice.id(), now));
                option = box;
            } else {
                RadioButton radio = new RadioButton();
                radio.setToggleGroup(group);
                radio.selectedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        picked.clear();
                        toggle(choice.id(), true);
                    }
                });
                option = radio;
            }
            option.setId("choice-" + choice.id());
            option.setUserData(choice);
            option.setWrapText(true);
            option.setMaxWidth(Double.MAX_VALUE);
            option.getStyleClass().add("choice");
            options.add(option);
            var speaker = SpeakerButton.create(readAloud, i18n, "speak-choice-" + choice.id(), option,
                    () -> i18n.in(choice.text()));
            if (speaker.isPresent()) {
                HBox.setHgrow(option, Priority.ALWAYS);
                HBox row = new HBox(option, speaker.get());
                row.getStyleClass().add("choice-row");
                box.getChildren().add(row);
            } else {
                box.getChildren().add(option);
            }
        }
        relabel();
    }

    private Node hint() {
        javafx.scene.control.Label hint = new javafx.scene.control.Label();
        hint.getStyleClass().add("question-hint");
        hint.textProperty().bind(i18n.text("quiz.pickAll"));
        return hint;
    }

    private void toggle(String id, boolean on) {
        if (on) {
            picked.add(id);
        } else {
            picked.remove(id);
        }
        ready.set(!picked.isEmpty());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public ObservableBooleanValue ready() {
        return ready;
    }

    @Override
    public Response response() {
        return new Response.Choices(picked);
    }

    @Override
    public void restore(Response response) {
        if (response instanceof Response.Choices saved) {
            for (ButtonBase option : options) {
                if (option.getUserData() instanceof Choice choice && saved.choiceIds().contains(choice.id())) {
                    if (option instanceof CheckBox check) {
                        check.setSelected(true);
                    } else if (option instanceof RadioButton radio) {
                        radio.setSelected(true);
                    }
                }
            }
        }
    }

    /** Right choices picked, right ones left out (named as missed), and wrong ones picked are each marked. */
    @Override
    public void reveal(AnswerFeedback feedback) {
        revealed = true;
        for (Node node : options) {
            if (node.getUserData() instanceof Choice choice && node instanceof Labeled option) {
                node.setDisable(true);
                if (choice.correct() && !picked.contains(choice.id()) && many) {
                    Marks.missed(option, i18n);
                } else if (choice.correct()) {
                    Marks.right(option, i18n);
                } else if (picked.contains(choice.id())) {
                    Marks.wrong(option, i18n);
                }
            }
        }
    }

    @Override
    public void relabel() {
        for (Node node : options) {
            if (node.getUserData() instanceof Choice choice && node instanceof Labeled option) {
                option.setText(i18n.in(choice.text()));
            }
        }
        if (revealed) {
            reveal(null); // the marks are words too
        }
    }

    @Override
    public Node firstFocus() {
        return options.isEmpty() ? box : options.get(0);
    }

    @Override
    public List<String> spokenAnswers() {
        return choices.stream().map(choice -> i18n.in(choice.text())).toList();
    }
}
