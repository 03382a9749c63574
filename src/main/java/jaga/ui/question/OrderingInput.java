package jaga.ui.question;

import jaga.ui.common.IconSizes;
import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.common.I18n;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Put items in order: drag a row, or use its up and down buttons (or Alt+Up / Alt+Down on a
 * focused row), so the question works by mouse, touch and keyboard alike.
 */
final class OrderingInput implements AnswerInput {
    private final Question.Ordering question;
    private final I18n i18n;
    private final List<Question.Item> order;
    private final VBox box = new VBox();
    private boolean locked;

    private final ReadAloud readAloud;

    OrderingInput(Question.Ordering question, I18n i18n, long seed) {
        this(question, i18n, seed, null);
    }

    /** @param readAloud puts a speaker beside each item; null for none */
    OrderingInput(Question.Ordering question, I18n i18n, long seed, ReadAloud readAloud) {
        this.readAloud = readAloud;
        this.question = question;
        this.i18n = i18n;
        this.order = new ArrayList<>(question.items());
        Random random = new Random(seed);
        // Never start in the right order: that would be a free answer.
        do {
            Collections.shuffle(order, random);
        } while (order.equals(question.items()) && order.size() > 1);
        box.getStyleClass().addAll("ordering");
        rebuild(null);
    }

    private void rebuild(String focusId) {
        box.getChildren().clear();
        Label hint = new Label(i18n.get("quiz.orderHint"));
        hint.getStyleClass().add("question-hint");
        box.getChildren().add(hint);
        for (int i = 0; i < order.size(); i++) {
            box.getChildren().add(row(order.get(i), i));
        }
        if (focusId != null) {
            box.lookupAll(".ordering-row").stream().filter(n -> focusId.equals(n.getUserData()))
                    .findFirst().ifPresent(Node::requestFocus);
        }
    }

    private HBox row(Question.Item item, int index) {
        Label number = new Label((index + 1) + ".");
        number.getStyleClass().add("ordering-number");
        Label text = new Label(i18n.in(item.text()));
        text.setWrapText(true);
        text.getStyleClass().add("ordering-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button up = move(item, -1, "mdi2a-arrow-up-bold", "quiz.moveUp");
        Button down = move(item, 1, "mdi2a-arrow-down-bold", "quiz.moveDown");
        up.setDisable(locked || index == 0);
        down.setDisable(locked || index == order.size() - 1);
        HBox row = new HBox(number, text, up, down);
        SpeakerButton.create(readAloud, i18n, "speak-item-" + item.id(), text, () -> i18n.in(item.text()))
                .ifPresent(speaker -> row.getChildren().add(2, speaker));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("ordering-row");
        row.setId("item-" + item.id());
        row.setUserData(item.id());
        row.setFocusTraversable(!locked);
        row.setAccessibleText((index + 1) + ". " + i18n.in(item.text()));
        row.setOnKeyPressed(event -> {
            if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                shift(item, event.getCode() == KeyCode.UP ? -1 : 1);
                event.consume();
            }
        });
        row.setOnDragDetected(event -> {
            if (locked) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(item.id());
            row.startDragAndDrop(TransferMode.MOVE).setContent(content);
            event.consume();
        });
        row.setOnDragOver(event -> {
            if (event.getDragboard().hasString()) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        row.setOnDragDropped(event -> {
            String dragged = event.getDragboard().getString();
            int from = indexOf(dragged);
            if (from >= 0) {
                Question.Item moved = order.remove(from);
                order.add(order.indexOf(item) + (from <= index ? 1 : 0), moved);
                rebuild(dragged);
            }
            event.setDropCompleted(true);
            event.consume();
        });
        return row;
    }

    private Button move(Question.Item item, int direction, String icon, String key) {
        Button button = new Button();
        button.setGraphic(IconSizes.like(new FontIcon(icon), button, 1.2));
        button.getStyleClass().addAll("ordering-move");
        button.setId((direction < 0 ? "up-" : "down-") + item.id());
        button.setAccessibleText(i18n.get(key) + ": " + i18n.in(item.text()));
        button.setOnAction(e -> shift(item, direction));
        return button;
    }

    private void shift(Question.Item item, int direction) {
        if (locked) {
            return;
        }
        int from = indexOf(item.id());
        int to = from + direction;
        if (to >= 0 && to < order.size()) {
            Collections.swap(order, from, to);
            rebuild(item.id());
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public ObservableBooleanValue ready() {
        return new SimpleBooleanProperty(true); // any order is an answer
    }

    @Override
    public Response response() {
        return new Response.Order(order.stream().map(Question.Item::id).toList());
    }

    @Override
    public void restore(Response response) {
        if (response instanceof Response.Order saved && !locked) {
            List<Question.Item> restored = new ArrayList<>();
            saved.itemIds().forEach(id -> question.items().stream().filter(item -> item.id().equals(id))
                    .findFirst().ifPresent(restored::add));
            question.items().stream().filter(item -> !restored.contains(item)).forEach(restored::add);
            order.clear();
            order.addAll(restored);
            rebuild(null);
        }
    }

    @Override
    public void reveal(AnswerFeedback feedback) {
        locked = true;
        rebuild(null);
        for (int i = 0; i < order.size(); i++) {
            Node row = box.getChildren().get(i + 1);
            boolean inPlace = order.get(i).id().equals(question.items().get(i).id());
            row.getStyleClass().add(inPlace ? "choice-correct" : "choice-wrong");
            FontIcon mark = new FontIcon(inPlace ? "mdi2c-check-bold" : "mdi2c-close-thick");
            mark.getStyleClass().add("choice-mark");
            ((HBox) row).getChildren().add(0, mark);
            row.setAccessibleText(i18n.get(inPlace ? "quiz.mark.right" : "quiz.mark.wrong") + ": " + (i + 1) + ". "
                    + i18n.in(order.get(i).text()));
        }
    }

    @Override
    public void relabel() {
        if (!locked) {
            rebuild(null);
        }
    }

    @Override
    public Node firstFocus() {
        return box.getChildren().size() > 1 ? box.getChildren().get(1) : box;
    }

    @Override
    public List<String> spokenAnswers() {
        return order.stream().map(item -> i18n.in(item.text())).toList();
    }
}
