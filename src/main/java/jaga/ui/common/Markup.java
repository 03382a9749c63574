package jaga.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Draws lesson text's light markup: blank-line paragraphs, "- " bullets and **bold**. */
public final class Markup {
    private Markup() {}

    public static VBox render(String source) {
        VBox blocks = new VBox();
        blocks.getStyleClass().add("markup");
        for (String paragraph : source.strip().split("\\n\\s*\\n")) {
            List<String> lines = paragraph.lines().toList();
            if (!lines.isEmpty() && lines.stream().allMatch(line -> line.startsWith("- "))) {
                VBox list = new VBox();
                list.getStyleClass().add("markup-list");
                for (String line : lines) {
                    Label bullet = new Label("\u2022");
                    bullet.getStyleClass().add("markup-bullet");
                    TextFlow item = flow(line.substring(2));
                    HBox.setHgrow(item, Priority.ALWAYS);
                    HBox row = new HBox(bullet, item);
                    row.getStyleClass().add("markup-list-item");
                    list.getChildren().add(row);
                }
                blocks.getChildren().add(list);
            } else {
                blocks.getChildren().add(flow(paragraph));
            }
        }
        return blocks;
    }

    /** Plain text for screen readers and tests: markup removed. */
    public static String plain(String source) {
        return source.replace("**", "").replaceAll("(?m)^- ", "").strip();
    }

    private static TextFlow flow(String text) {
        List<Node> runs = new ArrayList<>();
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            Text run = new Text(parts[i]);
            run.getStyleClass().add(i % 2 == 1 ? "markup-bold" : "markup-text");
            runs.add(run);
        }
        TextFlow flow = new TextFlow(runs.toArray(Node[]::new));
        flow.getStyleClass().add("markup-paragraph");
        flow.setAccessibleText(plain(text));
        return flow;
    }
}
