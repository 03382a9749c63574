package jaga.ui.question;

import jaga.ui.common.IconSizes;
import jaga.content.Question;
import jaga.learning.AnswerFeedback;
import jaga.learning.Response;
import jaga.ui.common.Focus;
import jaga.ui.common.I18n;
import jaga.ui.common.Marks;
import jaga.ui.speech.ReadAloud;
import jaga.ui.speech.SpeakerButton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Match each left-hand item to a right-hand one by tap-to-pair: tap an item, then its match (in
 * either order), or drag a match onto an item. A made pair shows as two connected cards with an
 * Undo button that puts the match back. By keyboard the path is Tab and Space (or Enter): an
 * item, then its match; focus goes to the matches after an item is chosen, and to the next item
 * without a match after a pair is made.
 */
final class MatchingInput implements AnswerInput {
    private final Question.Matching question;
    private final I18n i18n;
    private final ReadAloud readAloud;
    private final VBox box = new VBox();
    private final MatchingRows rows;
    private final VBox pool = new VBox();
    private final Label poolTitle = new Label();
    /** By pair id: the left-hand card, the empty or filled place beside it, and the right-hand card in the pool. */
    private final Map<String, ToggleButton> lefts = new LinkedHashMap<>();
    private final Map<String, VBox> slots = new LinkedHashMap<>();
    private final Map<String, ToggleButton> rights = new LinkedHashMap<>();
    private final Map<String, Node> rightCells = new LinkedHashMap<>();
    private final List<Node> leftCells = new ArrayList<>();
    /** Left pair id to the pair id whose right-hand side is matched to it. */
    private final Map<String, String> rightByLeft = new LinkedHashMap<>();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private String chosenLeft;
    private String chosenRight;
    private boolean revealed;

    MatchingInput(Question.Matching question, I18n i18n, long seed) {
        this(question, i18n, seed, null);
    }

    /** @param readAloud puts a speaker beside every item and match; null for none */
    MatchingInput(Question.Matching question, I18n i18n, long seed, ReadAloud readAloud) {
        this.question = question;
        this.i18n = i18n;
        this.readAloud = readAloud;
        box.getStyleClass().add("matching-input");
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("matching.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("question-hint");
        for (Question.Pair pair : question.pairs()) {
            ToggleButton card = card("left-" + pair.id(), "matching-left");
            card.setOnAction(e -> chooseLeft(pair.id()));
            acceptDrop(card, pair.id());
            lefts.put(pair.id(), card);
            VBox slot = new VBox();
            slot.setId("slot-" + pair.id());
            slot.getStyleClass().add("matching-slot");
            slot.setAlignment(Pos.CENTER_LEFT);
            acceptDrop(slot, pair.id());
            slots.put(pair.id(), slot);
            Node leftCell = withSpeaker(card, "speak-left-" + pair.id(), () -> i18n.in(pair.left()));
            GridPane.setValignment(leftCell, VPos.CENTER);
            GridPane.setFillWidth(slot, true);
            leftCells.add(leftCell);
        }
        ToggleButton firstLeft = lefts.values().iterator().next();
        rows = new MatchingRows(leftCells, List.copyOf(slots.values()), () -> firstLeft.getFont().getSize());
        List<Question.Pair> shuffled = new ArrayList<>(question.pairs());
        if (!Boolean.FALSE.equals(question.shuffle())) {
            Collections.shuffle(shuffled, new Random(seed));
        }
        pool.getStyleClass().add("matching-pool");
        poolTitle.getStyleClass().add("matching-pool-title");
        poolTitle.setWrapText(true);
        pool.getChildren().add(poolTitle);
        for (Question.Pair pair : shuffled) {
            ToggleButton card = card("right-" + pair.id(), "matching-right");
            card.setOnAction(e -> chooseRight(pair.id()));
            card.setOnDragDetected(e -> {
                if (!revealed) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(pair.id());
                    card.startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            rights.put(pair.id(), card);
            Node cell = withSpeaker(card, "speak-right-" + pair.id(), () -> i18n.in(pair.right()));
            rightCells.put(pair.id(), cell);
            pool.getChildren().add(cell);
        }
        box.getChildren().addAll(hint, rows, pool);
        relabel();
    }

    private static ToggleButton card(String id, String styleClass) {
        ToggleButton card = new ToggleButton();
        card.setId(id);
        card.getStyleClass().addAll("choice", "matching-card", styleClass);
        card.setWrapText(true);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setAlignment(Pos.CENTER_LEFT);
        enterPresses(card);
        return card;
    }

    /** Enter does what Space does, as a child who knows Enter from typing expects. */
    private static void enterPresses(javafx.scene.control.ButtonBase button) {
        button.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !button.isDisabled()) {
                e.consume();
                button.fire();
            }
        });
    }

    private Node withSpeaker(Node card, String id, java.util.function.Supplier<String> text) {
        return SpeakerButton.create(readAloud, i18n, id, card, text).<Node>map(speaker -> {
            HBox.setHgrow(card, Priority.ALWAYS);
            HBox row = new HBox(card, speaker);
            row.getStyleClass().add("speakable");
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }).orElse(card);
    }

    private void acceptDrop(Node target, String leftId) {
        target.setOnDragOver(e -> {
            if (!revealed && e.getDragboard().hasString() && rights.containsKey(e.getDragboard().getString())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean done = !revealed && e.getDragboard().hasString() && rights.containsKey(e.getDragboard().getString());
            if (done) {
                pair(leftId, e.getDragboard().getString());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void chooseLeft(String leftId) {
        if (chosenRight != null) {
            pair(leftId, chosenRight);
            return;
        }
        chosenLeft = leftId.equals(chosenLeft) ? null : leftId;
        refresh();
        if (chosenLeft != null) {
            rights.values().stream().filter(Node::isVisible).findFirst().ifPresent(Focus::request);
        }
    }

    private void chooseRight(String rightId) {
        if (chosenLeft != null) {
            pair(chosenLeft, rightId);
            return;
        }
        chosenRight = rightId.equals(chosenRight) ? null : rightId;
        refresh();
        if (chosenRight != null) {
            lefts.entrySet().stream().filter(e -> !rightByLeft.containsKey(e.getKey())).findFirst()
                    .ifPresent(e -> Focus.request(e.getValue()));
        }
    }

    /** Puts the match beside the item; a match it had before, or one used elsewhere, goes back. */
    private void pair(String leftId, String rightId) {
        rightByLeft.values().remove(rightId);
        rightByLeft.put(leftId, rightId);
        chosenLeft = null;
        chosenRight = null;
        refresh();
        Node next = lefts.entrySet().stream().filter(e -> !rightByLeft.containsKey(e.getKey())).findFirst()
                .<Node>map(Map.Entry::getValue).orElse(lefts.get(leftId));
        Focus.request(next);
    }

    private void unpair(String leftId) {
        String rightId = rightByLeft.remove(leftId);
        refresh();
        Focus.request(rightId != null ? rights.get(rightId) : lefts.get(leftId));
    }

    /** Draws the pairs, the matches still to use, and what is chosen, from the state. */
    private void refresh() {
        for (Question.Pair pair : question.pairs()) {
            String leftId = pair.id();
            ToggleButton left = lefts.get(leftId);
            left.setSelected(leftId.equals(chosenLeft));
            VBox slot = slots.get(leftId);
            String rightId = rightByLeft.get(leftId);
            if (rightId == null) {
                Label empty = new Label(i18n.get("matching.empty"));
                empty.setWrapText(true);
                empty.getStyleClass().add("matching-empty");
                slot.getChildren().setAll(empty);
                slot.getStyleClass().remove("matching-paired");
                left.setAccessibleText(i18n.get("matching.notPaired", i18n.in(pair.left()))
                        + (left.isSelected() ? ". " + i18n.get("matching.chosen") : ""));
            } else {
                String rightText = i18n.in(pairById(rightId).right());
                FontIcon link = new FontIcon("mdi2l-link-variant");
                link.getStyleClass().add("matching-link");
                Label matched = new Label(rightText);
                matched.setId("paired-" + leftId);
                matched.setWrapText(true);
                matched.setMaxWidth(Double.MAX_VALUE);
                matched.getStyleClass().add("matching-paired-text");
                HBox.setHgrow(matched, Priority.ALWAYS);
                HBox line = new HBox(link, matched);
                line.getStyleClass().add("matching-slot-line");
                line.setAlignment(Pos.CENTER_LEFT);
                slot.getChildren().setAll(line);
                SpeakerButton.create(readAloud, i18n, "speak-paired-" + leftId, matched, () -> rightText)
                        .ifPresent(line.getChildren()::add);
                if (!revealed) {
                    Button undo = new Button(i18n.get("matching.undo"));
                    undo.setId("unpair-" + leftId);
                    undo.setGraphic(IconSizes.like(new FontIcon("mdi2u-undo-variant"), undo, 1.2));
                    undo.getStyleClass().add("matching-undo");
                    undo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    undo.setAccessibleText(i18n.get("matching.undoPair", i18n.in(pair.left()), rightText));
                    undo.setOnAction(e -> unpair(leftId));
                    enterPresses(undo);
                    line.getChildren().add(undo);
                }
                if (!slot.getStyleClass().contains("matching-paired")) {
                    slot.getStyleClass().add("matching-paired");
                }
                left.setAccessibleText(i18n.get("matching.pairedWith", i18n.in(pair.left()), rightText));
            }
        }
        for (Map.Entry<String, ToggleButton> entry : rights.entrySet()) {
            boolean used = rightByLeft.containsValue(entry.getKey());
            Node cell = rightCells.get(entry.getKey());
            cell.setVisible(!used && !revealed);
            cell.setManaged(!used && !revealed);
            ToggleButton right = entry.getValue();
            right.setSelected(entry.getKey().equals(chosenRight));
            right.setAccessibleText(i18n.in(pairById(entry.getKey()).right())
                    + (chosenLeft != null ? ". " + i18n.get("matching.matchWith", i18n.in(pairById(chosenLeft).left()))
                    : right.isSelected() ? ". " + i18n.get("matching.chosen") : ""));
        }
        boolean allPaired = rightByLeft.size() == question.pairs().size();
        poolTitle.setText(i18n.get(allPaired ? "matching.allPaired" : "matching.pool"));
        pool.setVisible(!revealed);
        pool.setManaged(!revealed);
        ready.set(allPaired);
    }

    private Question.Pair pairById(String id) {
        return question.pairs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
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
        return new Response.Matches(rightByLeft);
    }

    @Override
    public void restore(Response response) {
        if (response instanceof Response.Matches matches) {
            rightByLeft.clear();
            matches.rightByLeft().forEach((left, right) -> {
                if (lefts.containsKey(left) && rights.containsKey(right)) {
                    rightByLeft.values().remove(right);
                    rightByLeft.put(left, right);
                }
            });
            refresh();
        }
    }

    @Override
    public void reveal(AnswerFeedback feedback) {
        revealed = true;
        chosenLeft = null;
        chosenRight = null;
        refresh();
        for (Question.Pair pair : question.pairs()) {
            ToggleButton left = lefts.get(pair.id());
            left.setDisable(true);
            boolean right = pair.id().equals(rightByLeft.get(pair.id()));
            if (right) {
                Marks.right(left, i18n);
            } else {
                Marks.wrong(left, i18n);
                Label answer = new Label(i18n.get("matching.rightMatch", i18n.in(pair.right())));
                answer.setId("rightMatch-" + pair.id());
                answer.setWrapText(true);
                answer.getStyleClass().add("matching-right-answer");
                slots.get(pair.id()).getChildren().add(answer);
            }
            VBox slot = slots.get(pair.id());
            if (!slot.getStyleClass().contains(right ? "choice-correct" : "choice-wrong")) {
                slot.getStyleClass().add(right ? "choice-correct" : "choice-wrong");
            }
            String matched = rightByLeft.containsKey(pair.id()) ? i18n.in(pairById(rightByLeft.get(pair.id())).right())
                    : i18n.get("matching.empty");
            left.setAccessibleText(i18n.get(right ? "quiz.mark.right" : "quiz.mark.wrong") + ": "
                    + i18n.get("matching.pairedWith", i18n.in(pair.left()), matched)
                    + (right ? "" : ". " + i18n.get("matching.rightMatch", i18n.in(pair.right()))));
        }
    }

    @Override
    public void relabel() {
        for (Question.Pair pair : question.pairs()) {
            lefts.get(pair.id()).setText(i18n.in(pair.left()));
            rights.get(pair.id()).setText(i18n.in(pair.right()));
        }
        if (revealed) {
            // The marks and the right matches are words too: draw them again in the new language.
            revealed = false;
            refresh();
            reveal(null);
        } else {
            refresh();
        }
    }

    @Override
    public Node firstFocus() {
        return lefts.values().iterator().next();
    }

    @Override
    public List<String> spokenAnswers() {
        List<String> words = new ArrayList<>();
        lefts.values().forEach(left -> words.add(left.getText()));
        rights.entrySet().stream().filter(e -> !rightByLeft.containsValue(e.getKey()))
                .forEach(e -> words.add(e.getValue().getText()));
        rightByLeft.forEach((left, right) -> words.add(i18n.get("matching.pairedWith",
                lefts.get(left).getText(), rights.get(right).getText())));
        return words;
    }
}
