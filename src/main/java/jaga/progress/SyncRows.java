package jaga.progress;

import java.util.List;
import java.util.Map;

/**
 * The rows that travel between a computer and the school hub, keyed by uids that are the same
 * everywhere (never the local row numbers). Facts are kept once by their key; profiles, review
 * items, practice steps' work and classes win by (version, origin); lesson places only move forward.
 */
public final class SyncRows {
    private SyncRows() {}

    /** One row to send, or one received. */
    public sealed interface Row permits Learner, LearnerDeleted, Lesson, Attempt, Answer, Chat, Badge, Review,
            StepWork, SchoolClass, ClassDeleted {}

    /** A learner's profile, picture lock, own module choices and settings: one last-writer-wins document. */
    public record Learner(String uid, String displayName, String avatar, String band, String locale, String createdAt,
                          boolean archived, String pictureLock, Map<String, Boolean> modules,
                          Map<String, String> settings, long version, String origin) implements Row {}

    public record LearnerDeleted(String uid, long version, String origin) implements Row {}

    public record Lesson(String learnerUid, String moduleId, String lessonId, int stepIndex, Integer contentVersion,
                         String completedAt, String updatedAt) implements Row {}

    public record Attempt(String uid, String learnerUid, String moduleId, int contentVersion, String startedAt,
                          String finishedAt, Integer scorePercent, Boolean passed) implements Row {}

    public record Answer(String attemptUid, String questionId, String response, double credit, String answeredAt,
                         Long timeTakenMs) implements Row {}

    public record Chat(String learnerUid, String moduleId, int contentVersion, String lessonId, String stepId,
                       String choiceId, String chosenAt) implements Row {}

    public record Badge(String learnerUid, String badgeId, String moduleId, String earnedAt) implements Row {}

    public record Review(String learnerUid, String moduleId, String questionId, int box, String dueOn,
                         String lastReviewedAt, long version, String origin) implements Row {}

    /** What the learner did in one practice step, to redraw it: its own (version, origin), never the profile's. */
    public record StepWork(String learnerUid, String moduleId, String stepId, String value, long version, String origin)
            implements Row {}

    /** A class with its members (learner uids), age bands and module choices: one document. */
    public record SchoolClass(String uid, String name, String createdAt, boolean archived, List<String> members,
                              List<String> bands, Map<String, Boolean> modules, long version, String origin)
            implements Row {}

    public record ClassDeleted(String uid, long version, String origin) implements Row {}

    /** True when (version, origin) a is newer than b: the version counter first, then the origin as a tie-break. */
    public static boolean newer(long versionA, String originA, long versionB, String originB) {
        return versionA != versionB ? versionA > versionB : originA.compareTo(originB) > 0;
    }
}
