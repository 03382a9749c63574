package jaga.ui.adult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A read-only table of figures as a grid of labels: every row shows (the page scrolls, not the
 * table), it grows with the text size, and a screen reader reads each cell.
 */
final class NumberTable<T> extends GridPane {
    private final List<T> rows;
    private final List<Function<T, String>> columns = new ArrayList<>();

    NumberTable(String id, List<T> rows) {
        this.rows = List.copyOf(rows);
        setId(id);
        getStyleClass().add("number-table");
    }

    /**
     * The table in a pane that scrolls sideways when the page is narrower than the table's whole
     * words (large text on a small screen), so the page itself never does; every row always shows.
     */
    javafx.scene.control.ScrollPane sideways() {
        javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(this);
        pane.getStyleClass().add("grid-scroll");
        pane.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        pane.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        pane.setFitToWidth(true); // as wide as the page when it fits, so the columns share the width as before
        pane.minViewportHeightProperty().bind(heightProperty());
        pane.prefViewportHeightProperty().bind(heightProperty());
        pane.setMinWidth(0);
        return pane;
    }

    NumberTable<T> column(String title, Function<T, String> value) {
        int index = columns.size();
        columns.add(value);
        Label heading = new Label(title);
        heading.getStyleClass().add("number-table-heading");
        heading.setWrapText(true);
        AdultText.wholeWords(heading); // "Lessons", never "Lesso / ns"
        add(heading, index, 0);
        for (int row = 0; row < rows.size(); row++) {
            Label cell = new Label(value.apply(rows.get(row)));
            cell.getStyleClass().add("number-table-cell");
            cell.setWrapText(true);
            if (row % 2 == 1) {
                cell.getStyleClass().add("number-table-alt");
            }
            cell.setMaxWidth(Double.MAX_VALUE);
            AdultText.wholeWords(cell);
            add(cell, index, row + 1);
        }
        return this;
    }
}
