package jaga.ui.adult;

import jaga.content.Topic;
import jaga.learning.report.ScorePoint;
import jaga.learning.report.TopicScore;
import jaga.ui.common.I18n;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The dashboards' charts, each with a table of the same numbers. */
final class ProgressCharts {
    private ProgressCharts() {}

    /**
     * Mastery per topic, 0-100%, as the PDF draws it: a horizontal bar for every topic in
     * curriculum order, its figure beside the name ("\u2013" where nothing is answered yet), so a
     * topic nobody has reached is seen as such rather than missing.
     */
    static Node mastery(String id, List<TopicScore> scores, I18n i18n) {
        Map<Topic, TopicScore> byTopic = new EnumMap<>(Topic.class);
        scores.forEach(score -> byTopic.put(score.topic(), score));
        CategoryAxis topics = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(percentAxis(i18n), topics);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().addAll("progress-chart", "mastery-chart");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Topic> order = new ArrayList<>(List.of(Topic.values()));
        Collections.reverse(order); // a horizontal chart draws its first category at the bottom
        for (Topic topic : order) {
            TopicScore score = byTopic.get(topic);
            String figure = score == null ? "\u2013" : i18n.get("adult.percent", score.percent());
            series.getData().add(new XYChart.Data<>(score == null ? 0 : score.percent(),
                    AdultFormat.topic(topic, i18n) + "  " + figure));
        }
        chart.getData().add(series);
        chart.setAccessibleText(i18n.get("adult.mastery.chart"));

        NumberTable<TopicScore> table = table(id + "-rows", scores);
        table.column(i18n.get("adult.column.topic"), s -> AdultFormat.topic(s.topic(), i18n));
        table.column(i18n.get("adult.column.mastery"), s -> i18n.get("adult.percent", s.percent()));
        table.column(i18n.get("adult.column.answers"), s -> Integer.toString(s.answers()));
        return new ChartOrTable(id, chart, table.sideways(), i18n);
    }

    /** Each finished quiz's score, in the order taken. */
    static Node scoresOverTime(String id, List<ScorePoint> points, I18n i18n) {
        NumberAxis attempt = quizNumberAxis(points.size());
        attempt.setLabel(i18n.get("adult.chart.quizNumber"));
        NumberAxis percent = percentAxis(i18n);
        LineChart<Number, Number> chart = new LineChart<>(attempt, percent);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("progress-chart");
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < points.size(); i++) {
            series.getData().add(new XYChart.Data<>(i + 1, points.get(i).scorePercent()));
        }
        chart.getData().add(series);
        chart.setAccessibleText(i18n.get("adult.progress.chart"));

        NumberTable<ScorePoint> table = table(id + "-rows", points);
        table.column(i18n.get("adult.column.date"), p -> AdultFormat.date(p.finishedAt(), i18n));
        table.column(i18n.get("adult.column.module"), p -> AdultFormat.module(p.module(), i18n));
        table.column(i18n.get("adult.column.score"), p -> i18n.get("adult.percent", p.scorePercent()));
        table.column(i18n.get("adult.column.result"),
                p -> i18n.get(p.passed() ? "adult.result.passed" : "adult.result.notYet"));
        return new ChartOrTable(id, chart, table.sideways(), i18n);
    }

    /**
     * Quizzes 1 to {@code count}, whole numbers only: a half-step margin each side keeps the first
     * and last points off the edges, and its ticks (0, count + 1, and steps between for many
     * quizzes) are labelled only where a quiz is.
     */
    static NumberAxis quizNumberAxis(int count) {
        int step = Math.max(1, (int) Math.ceil(count / 10.0));
        NumberAxis axis = new NumberAxis(0, count + 1, step);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v >= 1 && v <= count && v == Math.rint(v) ? Integer.toString((int) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        return axis;
    }

    private static NumberAxis percentAxis(I18n i18n) {
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel(i18n.get("adult.chart.percent"));
        percent.setMinorTickVisible(false);
        return percent;
    }

    static <T> NumberTable<T> table(String id, List<T> rows) {
        return new NumberTable<>(id, rows);
    }
}
