package jaga.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The export file: one learner, or everything in a data folder. Described for parents, teachers
 * and other programs in docs/data-format.md; change both together and raise {@link #FORMAT_VERSION}
 * when a reader of the old format could misread the new one.
 */
@JsonPropertyOrder({"format", "formatVersion", "exportedAt", "schemaVersion", "learners", "classes", "adultSettings"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressExport(
        String format,
        int formatVersion,
        String exportedAt,
        int schemaVersion,
        List<LearnerData> learners,
        List<ClassData> classes,
        Map<String, String> adultSettings) {

    public static final String FORMAT = "jaga-progress";
    /**
     * 2 added the module choices of classes and learners; 3 each learner's own settings (read aloud,
     * where each practice step was left). Files of versions 1 and 2 are still read.
     */
    public static final int FORMAT_VERSION = 3;
    /** The name ending of files saved from the adult area (the command line writes any name given). */
    public static final String FILE_EXTENSION = ".jaga-progress";

    public ProgressExport {
        learners = learners == null ? List.of() : List.copyOf(learners);
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    @JsonPropertyOrder({"uid", "displayName", "avatar", "band", "locale", "createdAt", "archived", "classes",
            "modules", "settings", "lessons", "chatChoices", "quizAttempts", "badges", "reviewItems"})
    public record LearnerData(String uid, String displayName, String avatar, String band, String locale,
                              String createdAt, boolean archived, List<String> classes, List<ModuleChoiceData> modules,
                              List<LessonData> lessons, List<ChatChoiceData> chatChoices, List<AttemptData> quizAttempts,
                              List<BadgeData> badges, List<ReviewData> reviewItems, Map<String, String> settings) {
        /** A learner without settings of their own (as in files of format versions 1 and 2). */
        public LearnerData(String uid, String displayName, String avatar, String band, String locale,
                           String createdAt, boolean archived, List<String> classes, List<ModuleChoiceData> modules,
                           List<LessonData> lessons, List<ChatChoiceData> chatChoices, List<AttemptData> quizAttempts,
                           List<BadgeData> badges, List<ReviewData> reviewItems) {
            this(uid, displayName, avatar, band, locale, createdAt, archived, classes, modules, lessons, chatChoices,
                    quizAttempts, badges, reviewItems, Map.of());
        }

        public LearnerData {
            settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
            modules = modules == null ? List.of() : List.copyOf(modules);
            classes = classes == null ? List.of() : List.copyOf(classes);
            lessons = lessons == null ? List.of() : List.copyOf(lessons);
            chatChoices = chatChoices == null ? List.of() : List.copyOf(chatChoices);
            quizAttempts = quizAttempts == null ? List.of() : List.copyOf(quizAttempts);
            badges = badges == null ? List.of() : List.copyOf(badges);
            reviewItems = reviewItems == null ? List.of() : List.copyOf(reviewItems);
        }
    }

    public record LessonData(String moduleId, Integer contentVersion, String lessonId, int stepIndex,
                             String completedAt, String updatedAt) {}

    public record ChatChoiceData(String moduleId, int contentVersion, String lessonId, String stepId, String choiceId,
                                 String chosenAt) {}

    @JsonPropertyOrder({"uid", "moduleId", "contentVersion", "startedAt", "finishedAt", "scorePercent", "passed", "answers"})
    public record AttemptData(String uid, String moduleId, int contentVersion, String startedAt, String finishedAt,
                              Integer scorePercent, Boolean passed, List<AnswerData> answers) {
        public AttemptData {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    public record AnswerData(String questionId, String response, double credit, Long timeTakenMs, String answeredAt) {}

    public record BadgeData(String badgeId, String moduleId, String earnedAt) {}

    public record ReviewData(String moduleId, String questionId, int box, String dueOn, String lastReviewedAt) {}

    @JsonPropertyOrder({"name", "createdAt", "archived", "bands", "modules"})
    public record ClassData(String name, String createdAt, boolean archived, List<String> bands,
                            List<ModuleChoiceData> modules) {
        public ClassData {
            bands = bands == null ? List.of() : List.copyOf(bands);
            modules = modules == null ? List.of() : List.copyOf(modules);
        }
    }

    /** A module an adult chose to show ({@code shown} true) or not to show to a class or a learner. */
    public record ModuleChoiceData(String moduleId, boolean shown) {}
}
