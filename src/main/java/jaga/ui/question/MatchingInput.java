package jaga.ui.question;

import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.common.I18n;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import org.kordamp.ikonli.javafx.FontIcon;

/** Match each left-hand item to a right-hand one, from a drop-down list (keyboard friendly). */
final class MatchingInput implements AnswerInput {
    private final Question.Matching question;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final Map<String, ComboBox<Question.Pair>> pickers = new LinkedHashMap<>();
    private final Map<String, Label> lefts = new LinkedHashMap<>();
    private final BooleanBinding ready;

    MatchingInput(Question.Matching question, I18n i18n, long seed) {
        this(question, i18n, seed, null);
    }

    /** @param readAloud puts a speaker beside each left-hand text; null for none */
    MatchingInput(Question.Matching question, I18n i18n, long seed, ReadAloud readAloud) {
        this.question = question;
        this.i18n = i18n;
        grid.getStyleClass().add("matching");
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(45);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(left, right);
        List<Question.Pair> rights = new ArrayList<>(question.pairs());
        if (!Boolean.FALSE.equals(question.shuffle())) {
            Collections.shuffle(rights, new Random(seed));
        }
        int row = 0;
        for (Question.Pair pair : question.pairs()) {
            Label label = new Label();
            label.setWrapText(true);
            label.getStyleClass().add("matching-left");
            ComboBox<Question.Pair> picker = new ComboBox<>();
            picker.getItems().setAll(rights);
            picker.setId("match-" + pair.id());
            picker.setMaxWidth(Double.MAX_VALUE);
            picker.setCellFactory(list -> cell());
            picker.setButtonCell(cell());
            picker.getStyleClass().add("matching-picker");
            label.setLabelFor(picker);
            Node leftCell = SpeakerButton.create(readAloud, i18n, "speak-left-" + pair.id(), label,
                    () -> label.getText()).<Node>map(speaker -> {
                        HBox.setHgrow(label, Priority.ALWAYS);
                        HBox speakable = new HBox(label, speaker);
                        speakable.getStyleClass().add("speakable");
                        return speakable;
                    }).orElse(label);
            grid.addRow(row++, leftCell, picker);
            GridPane.setValignment(leftCell, javafx.geometry.VPos.CENTER);
            pickers.put(pair.id(), picker);
            lefts.put(pair.id(), label);
        }
        ready = Bindings.createBooleanBinding(() -> pickers.values().stream().allMatch(p -> p.getValue() != null),
                pickers.values().stream().map(ComboBox::valueProperty).toArray(javafx.beans.Observable[]::new));
        relabel();
    }

    private ListCell<Question.Pair> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Question.Pair pair, boolean empty) {
                super.updateItem(pair, empty);
                setText(empty || pair == null ? i18n.get("quiz.choose") : i18n.in(pair.right()));
                setWrapText(true);
            }
        };
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public ObservableBooleanValue ready() {
        return ready;
    }

    @Override
    public Response response() {
        Map<String, String> matches = new LinkedHashMap<>();
        pickers.forEach((left, picker) -> {
            if (picker.getValue() != null) {
                matches.put(left, picker.getValue().id());
            }
        });
        return new Response.Matches(matches);
    }

    @Override
    public void reveal(AnswerFeedback feedback) {
        for (Question.Pair pair : question.pairs()) {
            ComboBox<Question.Pair> picker = pickers.get(pair.id());
            picker.setDisable(true);
            boolean right = picker.getValue() != null && picker.getValue().id().equals(pair.id());
            Label left = lefts.get(pair.id());
            FontIcon mark = new FontIcon(right ? "mdi2c-check-bold" : "mdi2c-close-thick");
            mark.getStyleClass().add("choice-mark");
            left.setGraphic(mark);
            left.getStyleClass().add(right ? "choice-correct" : "choice-wrong");
            if (!right) {
                left.setText(i18n.in(pair.left()) + " \u2192 " + i18n.in(pair.right()));
            }
            left.setAccessibleText(i18n.get(right ? "quiz.mark.right" : "quiz.mark.wrong") + ": " + left.getText());
        }
    }

    @Override
    public void relabel() {
        for (Question.Pair pair : question.pairs()) {
            lefts.get(pair.id()).setText(i18n.in(pair.left()));
            ComboBox<Question.Pair> picker = pickers.get(pair.id());
            picker.setAccessibleText(i18n.in(pair.left()));
            picker.setButtonCell(cell());
        }
    }

    @Override
    public Node firstFocus() {
        return pickers.values().iterator().next();
    }


    @Override
    public List<String> spokenAnswers() {
        return lefts.values().stream().map(Label::getText).toList();
    }
}
