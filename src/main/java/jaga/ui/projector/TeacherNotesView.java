package jaga.ui.projector;

import jaga.content.ChatNode;
import jaga.content.FlagMessage;
import jaga.content.LocalizedText;
import jaga.content.Question;
import jaga.content.Step;
import jaga.content.TeacherNotes;
import jaga.ui.common.I18n;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The teacher's side of the current slide, for the hidden panel and the second window: where
 * the class is, the answer key for what is on screen, what Next will do, then the module's
 * discussion prompts, timing and what to do if a child discloses abuse.
 */
final class TeacherNotesView {
    private final I18n i18n;

    TeacherNotesView(I18n i18n) {
        this.i18n = i18n;
    }

    VBox render(Slide slide) {
        VBox notes = new VBox();
        notes.getStyleClass().add("projector-notes");
        notes.getChildren().add(SlideView.wrapped(i18n.get("projector.notes"), "projector-notes-title"));
        if (slide == null) {
            return notes;
        }
        notes.getChildren().add(SlideView.wrapped(i18n.in(slide.module().title()), "card-eyebrow"));
        Label now = SlideView.wrapped(i18n.get("projector.notes.now", slide.lessonIndex() + 1, slide.lessonCount(),
                slide.stepIndex() + 1, slide.stepCount(), i18n.get("projector.kind." + SlideView.kind(slide.step()))),
                "projector-notes-now");
        now.setId("notesNow");
        notes.getChildren().add(now);
        Label next = SlideView.wrapped(i18n.get("projector.notes.nextUp", nextText(slide)), "projector-notes-text");
        next.setId("notesNextUp");
        notes.getChildren().add(next);

        List<String> key = answerKey(slide);
        if (!key.isEmpty()) {
            notes.getChildren().add(heading("projector.notes.answerKey"));
            VBox lines = new VBox();
            lines.setId("notesAnswerKey");
            lines.getStyleClass().add("projector-notes-list");
            key.forEach(line -> lines.getChildren().add(SlideView.wrapped(line, "projector-notes-text")));
            notes.getChildren().add(lines);
        }

        TeacherNotes teacherNotes = slide.module().teacherNotes();
        if (teacherNotes == null) {
            notes.getChildren().add(SlideView.wrapped(i18n.get("projector.notes.none"), "projector-notes-text"));
        } else {
            if (teacherNotes.discussionPrompts() != null && !teacherNotes.discussionPrompts().isEmpty()) {
                notes.getChildren().add(heading("projector.notes.discussion"));
                notes.getChildren().add(list("notesPrompts", teacherNotes.discussionPrompts().stream()
                        .map(prompt -> "\u2022 " + i18n.in(prompt)).toList()));
            }
            if (teacherNotes.timing() != null && !teacherNotes.timing().isEmpty()) {
                notes.getChildren().add(heading("projector.notes.timing"));
                notes.getChildren().add(list("notesTiming", teacherNotes.timing().stream()
                        .map(part -> i18n.get("projector.notes.minutes", part.minutes()) + ": " + i18n.in(part.activity()))
                        .toList()));
            }
            if (teacherNotes.disclosure() != null) {
                notes.getChildren().add(heading("projector.notes.disclosure"));
                Label disclosure = SlideView.wrapped(i18n.in(teacherNotes.disclosure()), "projector-notes-text");
                disclosure.setId("notesDisclosure");
                notes.getChildren().add(disclosure);
            }
        }
        notes.getChildren().add(heading("projector.notes.keys"));
        notes.getChildren().add(SlideView.wrapped(i18n.get("projector.notes.keyList"), "projector-notes-text"));
        notes.getChildren().add(SlideView.wrapped(i18n.get("projector.nothingRecorded"), "projector-notes-muted"));
        return notes;
    }

    private Node heading(String key) {
        return SlideView.wrapped(i18n.get(key), "projector-notes-heading");
    }

    private Node list(String id, List<String> lines) {
        VBox list = new VBox();
        list.setId(id);
        list.getStyleClass().add("projector-notes-list");
        lines.forEach(line -> list.getChildren().add(SlideView.wrapped(line, "projector-notes-text")));
        return list;
    }

    /** What Next does now, in the words of the Next button. */
    String nextText(Slide slide) {
        return switch (slide.nextAction()) {
            case NEXT_MESSAGE -> i18n.get("projector.nextMessage");
            case REVEAL -> i18n.get("projector.reveal");
            case CONTINUE_WITH_LEADER -> i18n.get("projector.continueWith", slide.leader().orElseThrow().letter());
            case PICK_A_REPLY -> i18n.get("projector.hint.pick");
            case NEXT_STEP -> i18n.get("lesson.next");
            case NEXT_LESSON -> i18n.get("projector.nextLesson");
            case END -> i18n.get("projector.end");
        };
    }

    /** The answers for what is on screen, so the teacher knows before the class does. */
    private List<String> answerKey(Slide slide) {
        Step step = slide.step();
        if (!slide.options().isEmpty()) {
            boolean chat = step instanceof Step.Chat;
            return slide.options().stream().map(option -> option.letter() + ": "
                    + i18n.get(chat ? (option.right() ? "projector.safeReply" : "projector.thinkAgain")
                    : (option.right() ? "quiz.mark.right" : "quiz.mark.wrong"))
                    + (option.feedback() == null ? "" : ". " + i18n.in(option.feedback()))).toList();
        }
        if (step instanceof Step.Chat && slide.ending() != null) {
            ChatNode.ChatEnding ending = slide.ending();
            return List.of(i18n.get(ending.outcome() == ChatNode.Outcome.SAFE ? "chat.safeEnding" : "chat.unsafeEnding")
                    + ". " + i18n.in(ending.explanation()));
        }
        if (step instanceof Step.SpotTheFlags flags) {
            return flagKey(flags.messages());
        }
        if (step instanceof Step.Check check) {
            Question question = check.question();
            if (question instanceof Question.Ordering ordering) {
                return numbered(ordering.items().stream().map(Question.Item::text).toList());
            }
            if (question instanceof Question.Matching matching) {
                return matching.pairs().stream().map(p -> i18n.in(p.left()) + " \u2192 " + i18n.in(p.right())).toList();
            }
            if (question instanceof Question.SpotTheFlags flags) {
                return flagKey(flags.messages());
            }
        }
        return List.of();
    }

    private List<String> flagKey(List<FlagMessage> messages) {
        return messages.stream().filter(FlagMessage::flag)
                .map(m -> "\u2691 " + i18n.in(m.text()) + " (" + i18n.in(m.why()) + ")").toList();
    }

    private List<String> numbered(List<LocalizedText> texts) {
        return java.util.stream.IntStream.range(0, texts.size()).mapToObj(i -> (i + 1) + ". " + i18n.in(texts.get(i))).toList();
    }
}
