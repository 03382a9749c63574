package jaga.content.gift;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jaga.content.Audience;
import jaga.model.Band;
import jaga.content.ContentModule;
import jaga.content.Lesson;
import jaga.content.LocalizedText;
import jaga.content.ModuleReader;
import jaga.content.Question;
import jaga.content.Quiz;
import jaga.content.Step;
import jaga.content.Topic;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A learner module around imported questions: a placeholder lesson for the teacher to write, a
 * "who can help" step, and the quiz. Texts Jaga writes itself are in both languages; the quiz's text
 * is the file's own, under both.
 */
public final class GiftModule {

    public static final int PASS_MARK = 70;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private GiftModule() {}

    public static ContentModule build(String id, Topic topic, Band band, String title, List<Question> questions) {
        Lesson lesson = new Lesson("before-the-quiz", LocalizedText.of("Before the quiz", "Sebelum kuiz"), List.of(
                new Step.Text("teacher-lesson", LocalizedText.of(
                        "Your teacher will add the lesson here. For now, go on to the quiz.",
                        "Guru kamu akan tambah pelajaran di sini. Buat masa ini, teruskan ke kuiz.")),
                new Step.Help("who-can-help", LocalizedText.of(
                        "Worried about something? Tell an adult you trust. They can help.",
                        "Risau tentang sesuatu? Beritahu orang dewasa yang kamu percayai. Mereka boleh bantu."),
                        List.of("talian-kasih"))));
        return new ContentModule(ModuleReader.FORMAT_VERSION, id, 1, topic, band, Audience.LEARNER,
                LocalizedText.of(title, title),
                LocalizedText.of("A quiz from your teacher.", "Kuiz daripada guru kamu."),
                List.of(LocalizedText.of("Answer your teacher's questions.", "Jawab soalan guru kamu.")),
                Math.max(1, Math.min(180, 2 + questions.size())),
                List.of(), List.of(lesson), new Quiz(PASS_MARK, questions, null, null, null), null, null);
    }

    /** The module as module.json text. */
    public static String json(ContentModule module) {
        try {
            return JSON.writeValueAsString(module) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
