package jaga.ui.adult;

import jaga.learning.report.ScorePoint;
import jaga.learning.report.TopicScore;
import jaga.ui.common.I18n;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The dashboards' charts, each with a table of the same numbers. */
final class ProgressCharts {
    private ProgressCharts() {}

    /** Mastery per topic, 0-100%: the share of credit earned over every answer in that topic. */
    static Node mastery(String id, List<TopicScore> scores, I18n i18n) {
        CategoryAxis topics = new CategoryAxis();
        NumberAxis percent = percentAxis(i18n);
        BarChart<String, Number> chart = new BarChart<>(topics, percent);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("progress-chart");
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (TopicScore score : scores) {
            series.getData().add(new XYChart.Data<>(AdultFormat.topic(score.topic(), i18n), score.percent()));
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
        NumberAxis attempt = new NumberAxis();
        attempt.setLabel(i18n.get("adult.chart.quizNumber"));
        attempt.setForceZeroInRange(false);
        attempt.setMinorTickVisible(false);
        attempt.setTickUnit(1);
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
