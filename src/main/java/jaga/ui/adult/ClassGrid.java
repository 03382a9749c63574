package jaga.ui.adult;

import jaga.learning.report.ClassReport;
import jaga.learning.report.ModuleInfo;
import jaga.learning.report.ModuleRow;
import jaga.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * A class's learners x modules grid, built like a spreadsheet with frozen panes: the module
 * titles stay at the top while the rows scroll, and the learners' names stay at the left while
 * the modules scroll sideways, so every module of a wide class is reachable at 1024 x 768 and at
 * 200% text. As tall as the class when it fits, else as tall as {@code room} allows.
 *
 * <pre>
 *   corner  | module titles (follow the body sideways)
 *   names   | cells (scroll both ways)
 *   (follow |
 *   the body|
 *   down)   |
 * </pre>
 */
final class ClassGrid extends GridPane {
    private final ScrollPane body = new ScrollPane();

    /**
     * @param cellText what a cell says ("✓ 80%", "… started", "–")
     * @param link     a learner's name, to open them
     * @param room     the most height the grid may take
     */
    ClassGrid(ClassReport report, I18n i18n, Function<ModuleRow, String> cellText,
              Function<ClassReport.Row, Hyperlink> link, ObservableDoubleValue room) {
        setId("classGrid");
        getStyleClass().add("class-grid");
        List<ModuleInfo> modules = report.modules();

        // The header: a title per module (topic on one or two lines, then the band), then "Passed".
        HBox titles = new HBox();
        titles.getStyleClass().add("class-grid-titles");
        List<Label> headings = new ArrayList<>();
        for (ModuleInfo module : modules) {
            Label heading = heading(title(module, i18n));
            heading.setId("gridModule-" + module.id());
            heading.setTooltip(new Tooltip(AdultFormat.module(module, i18n)));
            headings.add(heading);
        }
        Label passedHeading = heading(i18n.get("adult.column.passed"));
        passedHeading.setId("gridPassed");
        headings.add(passedHeading);
        titles.getChildren().addAll(headings);

        // The names and the cells, one row a learner; every row the same height on both sides.
        VBox names = new VBox();
        names.getStyleClass().add("class-grid-names");
        List<Hyperlink> nameLinks = new ArrayList<>();
        VBox rows = new VBox();
        rows.getStyleClass().add("class-grid-rows");
        for (int r = 0; r < report.rows().size(); r++) {
            ClassReport.Row row = report.rows().get(r);
            Hyperlink name = link.apply(row);
            name.setTooltip(new Tooltip(row.learner().name()));
            name.setMnemonicParsing(false);
            // The whole name on screen: a long one wraps onto more lines (its row grows), never ends in "...".
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            nameLinks.add(name);
            HBox nameCell = new HBox(name);
            nameCell.getStyleClass().add("class-grid-name");
            nameCell.setAlignment(Pos.CENTER_LEFT);
            HBox line = new HBox();
            line.getStyleClass().add("class-grid-row");
            line.minHeightProperty().bind(nameCell.heightProperty()); // the cells' row as tall as its name
            if (r % 2 == 1) {
                nameCell.getStyleClass().add("class-grid-alt");
                line.getStyleClass().add("class-grid-alt");
            }
            for (int c = 0; c < row.cells().size(); c++) {
                ModuleRow cell = row.cells().get(c);
                Label text = cell(cellText.apply(cell), headings.get(c));
                text.getStyleClass().add("grid-" + cell.state().name().toLowerCase(java.util.Locale.ROOT));
                text.setAccessibleText(row.learner().name() + ", " + AdultFormat.module(cell.module(), i18n) + ": "
                        + cellText.apply(cell));
                line.getChildren().add(text);
            }
            Label passed = cell(Integer.toString(row.modulesPassed()), passedHeading);
            passed.getStyleClass().add("class-grid-number");
            passed.setAccessibleText(row.learner().name() + ", " + i18n.get("adult.column.passed") + ": "
                    + row.modulesPassed());
            line.getChildren().add(passed);
            names.getChildren().add(nameCell);
            rows.getChildren().add(line);
        }
        // Each column as wide as the longest word of its title or its widest cell, in whatever text size.
        for (int c = 0; c < headings.size(); c++) {
            int column = c;
            List<String> texts = new ArrayList<>();
            rows.getChildren().forEach(line -> texts.add(((Label) ((HBox) line).getChildren().get(column)).getText()));
            fitColumn(headings.get(c), texts);
        }
        if (report.rows().isEmpty()) {
            Label none = new Label(i18n.get("adult.class.noLearners"));
            none.getStyleClass().add("card-summary");
            none.setWrapText(true);
            rows.getChildren().add(none);
        }

        body.setContent(rows);
        body.getStyleClass().add("class-grid-body");
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        body.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        body.setFocusTraversable(false);

        // The header and the names follow the body: moved by as many pixels as the body is scrolled.
        Pane titlesPane = clipped(titles);
        // The names are as wide as the longest, up to 40% of the grid (then they wrap; never narrower than their longest word).
        names.setMinHeight(Region.USE_PREF_SIZE); // every name its full height: the pane shows the part in view
        javafx.scene.layout.StackPane namesPane = new javafx.scene.layout.StackPane(names);
        namesPane.setAlignment(Pos.TOP_LEFT);
        Rectangle namesClip = new Rectangle();
        namesClip.widthProperty().bind(namesPane.widthProperty());
        namesClip.heightProperty().bind(namesPane.heightProperty());
        namesPane.setClip(namesClip);
        namesPane.setMinSize(0, 0);
        titles.translateXProperty().bind(Bindings.createDoubleBinding(() -> -offset(body.getHvalue(),
                rows.getLayoutBounds().getWidth(), body.getViewportBounds().getWidth()),
                body.hvalueProperty(), body.viewportBoundsProperty(), rows.layoutBoundsProperty()));
        names.translateYProperty().bind(Bindings.createDoubleBinding(() -> -offset(body.getVvalue(),
                rows.getLayoutBounds().getHeight(), body.getViewportBounds().getHeight()),
                body.vvalueProperty(), body.viewportBoundsProperty(), rows.layoutBoundsProperty()));
        // The header is as wide as the body's view of the cells (not over its scroll bar), the names as tall.
        titlesPane.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> body.getViewportBounds().getWidth(),
                body.viewportBoundsProperty()));
        namesPane.setPrefHeight(0); // the body decides the height; the names follow it
        namesPane.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> body.getViewportBounds().getHeight(),
                body.viewportBoundsProperty()));
        titlesPane.minHeightProperty().bind(Bindings.createDoubleBinding(() -> titles.prefHeight(-1),
                titles.layoutBoundsProperty()));
        titles.minHeightProperty().bind(titlesPane.heightProperty()); // every title as tall as the tallest

        Label corner = new Label(i18n.get("adult.column.learner"));
        corner.getStyleClass().add("class-grid-corner");
        corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        corner.setAlignment(Pos.BOTTOM_LEFT);

        add(corner, 0, 0);
        add(titlesPane, 1, 0);
        add(namesPane, 0, 1);
        add(body, 1, 1);
        GridPane.setValignment(namesPane, javafx.geometry.VPos.TOP);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.NEVER);
        nameColumn.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(getWidth() * 0.4, longestWord(nameLinks)), widthProperty(), names.layoutBoundsProperty()));
        // The names give way last: as wide as they need, up to that 40%, before the cells' part shrinks.
        nameColumn.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(names.prefWidth(-1), Math.max(getWidth() * 0.4, longestWord(nameLinks))),
                widthProperty(), names.layoutBoundsProperty()));
        ColumnConstraints cellColumn = new ColumnConstraints();
        cellColumn.setHgrow(Priority.ALWAYS);
        cellColumn.setMinWidth(0);
        getColumnConstraints().addAll(nameColumn, cellColumn);
        RowConstraints headerRow = new RowConstraints();
        headerRow.setVgrow(Priority.NEVER);
        RowConstraints bodyRow = new RowConstraints();
        bodyRow.setVgrow(Priority.ALWAYS);
        getRowConstraints().addAll(headerRow, bodyRow);

        // Every row when the class fits; else as much as the room allows, the rest a scroll away.
        body.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double all = rows.getLayoutBounds().getHeight();
            double header = titles.getLayoutBounds().getHeight();
            double scrollBar = 20;
            return Math.max(Math.min(all, room.get() - header - scrollBar), Math.min(all, 6 * rowHeight(rows)));
        }, rows.layoutBoundsProperty(), titles.layoutBoundsProperty(), room));
        body.setMinViewportHeight(0);
        body.prefViewportWidthProperty().bind(Bindings.createDoubleBinding(() -> rows.getLayoutBounds().getWidth(),
                rows.layoutBoundsProperty()));
        setMaxWidth(Region.USE_PREF_SIZE);
    }

    /** The widest single word of any name, with the room around it in its cell: a name wraps between words only. */
    private static double longestWord(List<Hyperlink> links) {
        double widest = 0;
        for (Hyperlink link : links) {
            Region cell = (Region) link.getParent();
            double around = link.snappedLeftInset() + link.snappedRightInset()
                    + (cell == null ? 0 : cell.snappedLeftInset() + cell.snappedRightInset());
            for (String word : link.getText().split("\\s+")) {
                widest = Math.max(widest, AdultText.textWidth(word, link) + around + 2);
            }
        }
        return widest;
    }

    /** How far in pixels a scroll pane shows from its content's start, from its 0-1 value. */
    private static double offset(double value, double content, double viewport) {
        return Math.max(0, content - viewport) * value;
    }

    private static double rowHeight(VBox rows) {
        return rows.getChildren().isEmpty() ? 0 : ((Region) rows.getChildren().get(0)).getHeight();
    }

    /** A pane that shows only its own area of a node moved inside it. */
    private static Pane clipped(Node content) {
        Pane pane = new Pane(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        pane.setMinSize(0, 0);
        return pane;
    }

    /** A column title on as many lines as it needs, never a word cut in two. */
    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("class-grid-heading");
        heading.setWrapText(true);
        heading.setAlignment(Pos.BOTTOM_CENTER);
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        heading.setMaxHeight(Double.MAX_VALUE);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.prefWidthProperty().bind(heading.minWidthProperty()); // wraps at its column's width
        return heading;
    }

    /** The title at least as wide as its longest word and its widest cell, measured in its own font. */
    private static void fitColumn(Label heading, List<String> cells) {
        Runnable fit = () -> {
            double widest = java.util.Arrays.stream(heading.getText().split("\\s+"))
                    .mapToDouble(word -> AdultText.textWidth(word, heading)).max().orElse(0);
            for (String cell : cells) {
                widest = Math.max(widest, AdultText.textWidth(cell, heading));
            }
            widest = Math.max(widest, 4 * heading.getFont().getSize());
            heading.setMinWidth(widest + heading.snappedLeftInset() + heading.snappedRightInset() + 2);
        };
        heading.fontProperty().addListener((obs, old, font) -> fit.run());
        heading.paddingProperty().addListener((obs, old, padding) -> fit.run());
        fit.run();
    }

    /** A cell exactly as wide as its column's title. */
    private static Label cell(String text, Label heading) {
        Label cell = new Label(text);
        cell.getStyleClass().add("class-grid-cell");
        cell.minWidthProperty().bind(heading.widthProperty());
        cell.prefWidthProperty().bind(heading.widthProperty());
        cell.maxWidthProperty().bind(heading.widthProperty());
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    /** A module's title for the header: its topic on one or two lines, then its band. */
    private static String title(ModuleInfo module, I18n i18n) {
        String topic = module.topic().map(t -> AdultFormat.topic(t, i18n)).orElse(i18n.in(module.title()));
        return module.band().map(b -> topic + "\n" + b.code()).orElse(topic);
    }

    ScrollPane body() {
        return body;
    }
}
