package jaga.learning.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table on a {@link PdfCanvas}: a header row, cells wrapped to their column (at most
 * {@link #MAX_CELL_LINES} lines, so a row always fits on a page), rows striped, and the header
 * again on each new page.
 */
final class PdfTable {
    /** The most lines one table cell grows to, so that a row always fits on a page. */
    static final int MAX_CELL_LINES = 6;
    static final Color STRIPE = new Color(0xf3, 0xf5, 0xf7);

    /** A column: its title, its share of the width (0-1) and whether it is right-aligned numbers. */
    record Column(String title, float share, boolean numeric) {}

    private PdfTable() {}

    static void draw(PdfCanvas canvas, List<Column> columns, List<List<String>> rows) throws IOException {
        float width = canvas.contentWidth();
        float size = PdfCanvas.SMALL;
        boolean header = true;
        int index = 0;
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                List<String> wrapped = canvas.wrap(canvas.regular, size, row.get(i), columns.get(i).share() * width - 6,
                        MAX_CELL_LINES);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * size * 1.3f + 5;
            if (canvas.ensure(height + (header ? 16 : 0)) || header) {
                canvas.y -= 16;
                canvas.fill(canvas.left(), canvas.y, width, 16, PdfCanvas.ACCENT_LIGHT);
                float x = canvas.left();
                for (Column column : columns) {
                    canvas.text(x + 3, canvas.y + 5, canvas.bold, size, PdfCanvas.INK,
                            canvas.fit(canvas.bold, size, column.title(), column.share() * width - 6));
                    x += column.share() * width;
                }
                header = false;
            }
            canvas.y -= height;
            if (index++ % 2 == 1) {
                canvas.fill(canvas.left(), canvas.y, width, height, STRIPE);
            }
            float x = canvas.left();
            for (int i = 0; i < columns.size(); i++) {
                float lineY = canvas.y + height - size - 2;
                for (String line : cells.get(i)) {
                    float tx = columns.get(i).numeric()
                            ? x + columns.get(i).share() * width - 4 - canvas.textWidth(canvas.regular, size, line) : x + 3;
                    canvas.text(tx, lineY, canvas.regular, size, PdfCanvas.INK, line);
                    lineY -= size * 1.3f;
                }
                x += columns.get(i).share() * width;
            }
        }
    }
}
