package jaga.ui.lesson.steps;

import jaga.content.Step;

import jaga.ui.common.Markup;
import jaga.ui.picture.LessonPicture;
import jaga.ui.speech.ReadAloud;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds the view for each step type. Reading steps are done as soon as they show. */
public final class StepViews {
    private StepViews() {}

    public static StepView create(Step step, StepContext context) {
        if (step instanceof Step.Chat chat) {
            return new ChatStepView(chat, context);
        }
        if (step instanceof Step.SpotTheFlags flags) {
            return new FlagsStepView(flags, context);
        }
        if (step instanceof Step.Check check) {
            return new CheckStepView(check, context);
        }
        Node node;
        String spoken;
        if (step instanceof Step.Text text) {
            spoken = context.i18n().in(text.text());
            node = text(spoken);
            if (text.picture() != null) { // the picture keeps its own speaker: the words' one stays beside the words
                Node words = context.withSpeaker(node, "speak-step", spoken);
                ReadAloud.Reading reading = new ReadAloud.Reading(node, () -> spoken);
                return reading(LessonPicture.above(words, text.picture(), context.moduleFolder(), context.i18n(),
                        context.readAloud()), reading);
            }
        } else if (step instanceof Step.Image image) {
            node = image(image, context);
            spoken = context.i18n().in(image.alt())
                    + (image.caption() == null ? "" : "\n" + context.i18n().in(image.caption()));
        } else if (step instanceof Step.KeyPoints points) {
            node = keyPoints(points, context);
            spoken = keyPointsText(points, context);
        } else {
            Step.Help help = (Step.Help) step;
            node = help(help, context);
            spoken = context.i18n().get("help.title") + "\n" + (help.text() == null ? "" : context.i18n().in(help.text()));
        }
        ReadAloud.Reading reading = new ReadAloud.Reading(node, () -> spoken);
        return reading(context.withSpeaker(node, "speak-step", spoken), reading);
    }

    private static StepView reading(Node node, ReadAloud.Reading reading) {
        return new StepView() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public ObservableBooleanValue done() {
                return new SimpleBooleanProperty(true);
            }

            @Override
            public ReadAloud.Reading firstReading() {
                return reading;
            }
        };
    }

    private static String keyPointsText(Step.KeyPoints step, StepContext context) {
        StringBuilder text = new StringBuilder(step.title() == null
                ? context.i18n().get("lesson.remember") : context.i18n().in(step.title()));
        for (var point : step.points()) {
            text.append('\n').append(context.i18n().in(point));
        }
        return text.toString();
    }

    static VBox text(String source) {
        VBox body = Markup.render(source);
        body.setId("stepBody");
        body.setAccessibleRole(AccessibleRole.TEXT);
        body.setAccessibleText(Markup.plain(source));
        return body;
    }

    private static Node image(Step.Image step, StepContext context) {
        VBox box = new VBox();
        box.setId("stepBody");
        box.getStyleClass().add("image-step");
        // The real file, and only inside the module folder, loaded off the JavaFX thread; the words if it cannot be shown.
        box.getChildren().add(LessonPicture.create(new jaga.content.Picture(step.file(), step.alt()), context.moduleFolder(),
                context.i18n(), null));
        if (step.caption() != null) {
            Label caption = new Label(context.i18n().in(step.caption()));
            caption.setWrapText(true);
            caption.getStyleClass().add("image-caption");
            box.getChildren().add(caption);
        }
        return box;
    }

    private static Node keyPoints(Step.KeyPoints step, StepContext context) {
        VBox box = new VBox();
        box.setId("stepBody");
        box.getStyleClass().add("key-points");
        Label title = new Label(step.title() == null ? context.i18n().get("lesson.remember") : context.i18n().in(step.title()));
        title.getStyleClass().add("key-points-title");
        box.getChildren().add(title);
        int number = 1;
        for (var point : step.points()) {
            Label badge = new Label(Integer.toString(number++));
            badge.getStyleClass().add("key-point-number");
            Label text = new Label(context.i18n().in(point));
            text.setWrapText(true);
            text.getStyleClass().add("key-point-text");
            HBox row = new HBox(badge, text);
            row.getStyleClass().add("key-point");
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node help(Step.Help step, StepContext context) {
        VBox box = new VBox();
        box.setId("stepBody");
        box.getStyleClass().add("help-step");
        FontIcon icon = new FontIcon("mdi2h-hand-heart");
        icon.getStyleClass().add("help-step-icon");
        Label heading = new Label(context.i18n().get("help.title"));
        heading.getStyleClass().add("help-step-title");
        HBox headingRow = new HBox(icon, heading);
        headingRow.getStyleClass().add("help-step-heading");
        box.getChildren().add(headingRow);
        if (step.text() != null) {
            box.getChildren().add(text(context.i18n().in(step.text())));
        }
        box.getChildren().add(jaga.ui.help.HelpPanel.cards(step.contacts().stream()
                .map(id -> context.resources().contact(id))
                .flatMap(java.util.Optional::stream).toList(), context.i18n()));
        return box;
    }

}
