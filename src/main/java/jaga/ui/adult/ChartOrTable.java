package jaga.ui.adult;

import jaga.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A chart, and the same numbers as a table for those who prefer numbers (and for screen readers). */
final class ChartOrTable extends VBox {

    ChartOrTable(String id, Node chart, Node table, I18n i18n) {
        getStyleClass().add("chart-or-table");
        setId(id);
        ToggleGroup group = new ToggleGroup();
        ToggleButton asChart = toggle(id + "-chart", "adult.view.chart", group, i18n);
        ToggleButton asTable = toggle(id + "-table", "adult.view.table", group, i18n);
        HBox switcher = new HBox(asChart, asTable);
        switcher.getStyleClass().add("view-switcher");
        chart.visibleProperty().bind(asChart.selectedProperty());
        table.visibleProperty().bind(asTable.selectedProperty());
        chart.managedProperty().bind(chart.visibleProperty());
        table.managedProperty().bind(table.visibleProperty());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        asChart.setSelected(true);
        getChildren().addAll(switcher, new StackPane(chart, table));
    }

    private static ToggleButton toggle(String id, String key, ToggleGroup group, I18n i18n) {
        ToggleButton toggle = new ToggleButton(i18n.get(key));
        toggle.setId(id);
        toggle.setToggleGroup(group);
        toggle.getStyleClass().add("view-toggle");
        return toggle;
    }
}
