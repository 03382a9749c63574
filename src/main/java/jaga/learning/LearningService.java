package jaga.learning;

import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.Lesson;
import jaga.content.Step;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.BadgeRepository;
import jaga.progress.ChatChoiceRepository;
import jaga.progress.ReviewRepository;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.progress.LessonProgressRepository;
import jaga.progress.ModuleAssignmentRepository;
import jaga.progress.QuizRepository;
import jaga.progress.StepWorkRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** What a learner can do next, worked out from the content and their saved progress. */
public final class LearningService {
    private final ContentCatalog catalog;
    private final LearnerRepository learners;
    private final LessonProgressRepository lessons;
    private final QuizRepository quizzes;
    private final ChatChoiceRepository chatChoices;
    private final BadgeRepository badges;
    private final ReviewRepository reviews;
    private final ModuleAssignmentRepository assignments;
    private final java.time.Clock clock;
    private final StepWorkRepository stepWork;

    /** Without a place for practice-step work: steps are then remembered only while this object lives. */
    public LearningService(ContentCatalog catalog, LearnerRepository learners, LessonProgressRepository lessons,
                           QuizRepository quizzes, ChatChoiceRepository chatChoices, BadgeRepository badges,
                           ReviewRepository reviews, ModuleAssignmentRepository assignments, java.time.Clock clock) {
        this(catalog, learners, lessons, quizzes, chatChoices, badges, reviews, assignments, clock, null);
    }

    /** @param stepWork where each practice step's work is saved as it is done (null: kept in memory only) */
    public LearningService(ContentCatalog catalog, LearnerRepository learners, LessonProgressRepository lessons,
                           QuizRepository quizzes, ChatChoiceRepository chatChoices, BadgeRepository badges,
                           ReviewRepository reviews, ModuleAssignmentRepository assignments, java.time.Clock clock,
                           StepWorkRepository stepWork) {
        this.stepWork = stepWork;
        this.assignments = assignments;
        this.chatChoices = chatChoices;
        this.badges = badges;
        this.reviews = reviews;
        this.clock = clock;
        this.catalog = catalog;
        this.learners = learners;
        this.lessons = lessons;
        this.quizzes = quizzes;
    }

    public List<Learner> learners() {
        return learners.active();
    }

    public Learner addLearner(String name, String avatar, Band band, Language language) {
        return learners.create(name, avatar, band, language);
    }

    public void rememberLanguage(Learner learner, Language language) {
        learners.setLanguage(learner.id(), language);
    }

    /** True when the learner must tap their three pictures before their lessons open. */
    public boolean hasPictureLock(Learner learner) {
        return learners.hasPictureLock(learner.id());
    }

    /**
     * The learner modules this learner is shown, each with its state: those of their own age band,
     * unless their classes or an adult chose otherwise ({@link ModuleChoices}).
     */
    public List<ModuleOverview> modulesFor(Learner learner) {
        Map<String, QuizRepository.QuizRecord> records = quizzes.records(learner.id());
        Set<String> startedModules = lessons.places(learner.id()).stream()
                .map(LessonProgressRepository.LessonPlace::moduleId)
                .collect(Collectors.toSet());
        return shownModules(learner).stream()
                .map(module -> overview(module, records.get(module.id()), startedModules.contains(module.id())))
                .toList();
    }

    /** The learner modules shown to this learner, topic by topic (parent guides are for adults). */
    public List<ContentModule> shownModules(Learner learner) {
        return ModuleChoices.shown(catalog.modules(), learner.band(), assignments.choicesFor(learner.id()));
    }

    private static ModuleOverview overview(ContentModule module, QuizRepository.QuizRecord record, boolean lessonStarted) {
        if (record != null && record.passed()) {
            return new ModuleOverview(module, ModuleState.DONE, OptionalInt.of(record.bestScore()));
        }
        OptionalInt best = record == null || record.bestScore() == null ? OptionalInt.empty() : OptionalInt.of(record.bestScore());
        boolean started = lessonStarted || record != null;
        return new ModuleOverview(module, started ? ModuleState.IN_PROGRESS : ModuleState.NOT_STARTED, best);
    }

    public void stepReached(Learner learner, ContentModule module, Lesson lesson, int stepIndex) {
        lessons.stepReached(learner.id(), module.id(), module.version(), lesson.id(), stepIndex);
    }

    public void lessonFinished(Learner learner, ContentModule module, Lesson lesson) {
        lessons.completed(learner.id(), module.id(), lesson.id(), lesson.steps().size() - 1);
        // The lesson's key points come back tomorrow for a short review, then less and less often.
        java.time.LocalDate tomorrow = today().plusDays(1);
        for (Step step : lesson.steps()) {
            if (step instanceof Step.KeyPoints points) {
                for (int i = 0; i < points.points().size(); i++) {
                    reviews.addIfNew(learner.id(), module.id(), keyPointId(points, i), ReviewRepository.FIRST_BOX, tomorrow);
                }
            }
        }
    }

    /** Where to open a module: the saved step of the first unfinished lesson, else the start. */
    public LessonPosition resumePosition(Learner learner, ContentModule module) {
        Map<String, LessonProgressRepository.LessonPlace> places = lessons.places(learner.id()).stream()
                .filter(place -> place.moduleId().equals(module.id()))
                .collect(Collectors.toMap(LessonProgressRepository.LessonPlace::lessonId, place -> place));
        for (int i = 0; i < module.lessons().size(); i++) {
            Lesson lesson = module.lessons().get(i);
            LessonProgressRepository.LessonPlace place = places.get(lesson.id());
            if (place == null) {
                return new LessonPosition(i, 0);
            }
            if (!place.completed()) {
                // Content may have changed since: never point past the lesson's last step.
                return new LessonPosition(i, Math.min(place.stepIndex(), lesson.steps().size() - 1));
            }
        }
        return LessonPosition.START;
    }

    /**
     * True when every lesson is done, the module is not passed, and a quiz attempt was left
     * unfinished with at least one answer in it: "Continue" then opens the quiz at its first
     * unanswered question rather than the lessons. A quiz opened and left without an answer (after
     * "Try again", say) does not take over: the child may want to read the lessons again first.
     */
    public boolean quizWaiting(Learner learner, ContentModule module) {
        Set<String> done = lessons.places(learner.id()).stream()
                .filter(place -> place.moduleId().equals(module.id()) && place.completed())
                .map(LessonProgressRepository.LessonPlace::lessonId).collect(Collectors.toSet());
        if (!module.lessons().stream().allMatch(lesson -> done.contains(lesson.id()))) {
            return false;
        }
        QuizRepository.QuizRecord record = quizzes.records(learner.id()).get(module.id());
        if (record != null && record.passed()) {
            return false;
        }
        return quizzes.unfinishedAttempt(learner.id(), module.id(), module.version())
                .filter(attempt -> !quizzes.answers(attempt).isEmpty()).isPresent();
    }

    /** The learner's saved work in each practice step of the module, by step id (current content only). */
    public Map<String, StepWork> stepWork(Learner learner, ContentModule module) {
        if (stepWork == null) {
            return Map.copyOf(unsaved.getOrDefault(learner.id() + ":" + module.id(), Map.of()));
        }
        Map<String, StepWork> work = new java.util.HashMap<>();
        stepWork.forModule(learner.id(), module.id()).forEach((step, text) -> StepWork.decode(text)
                .filter(saved -> saved.contentVersion() == module.version())
                .ifPresent(saved -> work.put(step, saved)));
        return work;
    }

    /** Saves what the learner has done in a practice step, the moment they do it. */
    public void saveStepWork(Learner learner, ContentModule module, Step step, StepWork work) {
        if (stepWork == null) {
            unsaved.computeIfAbsent(learner.id() + ":" + module.id(), key -> new java.util.concurrent.ConcurrentHashMap<>())
                    .put(step.id(), work);
        } else {
            stepWork.save(learner.id(), module.id(), step.id(), work.encode());
        }
    }

    private final Map<String, Map<String, StepWork>> unsaved = new java.util.concurrent.ConcurrentHashMap<>();

    /** The order this learner sees the module's chat replies in (docs/decisions/0010). */
    public ReplyOrder replyOrder(Learner learner, ContentModule module) {
        return ReplyOrder.of(module, learner.id());
    }

    /** Saves a reply picked in a simulated chat the moment it is picked. */
    public void chatChoice(Learner learner, ContentModule module, Lesson lesson, String stepId, String choiceId) {
        chatChoices.recordChoice(learner.id(), module.id(), module.version(), lesson.id(), stepId, choiceId);
    }

    /** The lessons this learner has finished, by module id (for the path on each home card). */
    public Map<String, Set<String>> finishedLessons(Learner learner) {
        return lessons.places(learner.id()).stream().filter(LessonProgressRepository.LessonPlace::completed)
                .collect(Collectors.groupingBy(LessonProgressRepository.LessonPlace::moduleId,
                        Collectors.mapping(LessonProgressRepository.LessonPlace::lessonId, Collectors.toSet())));
    }

    /** The modules this learner has earned a badge for, in the order earned. */
    public List<ContentModule> badges(Learner learner) {
        return badges.badges(learner.id()).stream()
                .map(badge -> catalog.module(badge.moduleId()))
                .flatMap(java.util.Optional::stream).toList();
    }

    /**
     * What to do next: a module already started, else the first not started, topic by topic
     * (grooming, scams and pictures come first, as in the curriculum's priorities).
     */
    public java.util.Optional<ModuleOverview> recommended(List<ModuleOverview> modules) {
        return modules.stream().filter(m -> m.state() == ModuleState.IN_PROGRESS).findFirst()
                .or(() -> modules.stream().filter(m -> m.state() == ModuleState.NOT_STARTED).findFirst());
    }

    /** Up to {@code limit} key points due for review today; ones whose lesson has changed are skipped. */
    public List<ReviewCard> dailyReview(Learner learner, int limit) {
        List<ReviewCard> cards = new java.util.ArrayList<>();
        for (ReviewRepository.ReviewItem item : reviews.due(learner.id(), today())) {
            keyPoint(item.moduleId(), item.questionId())
                    .ifPresent(text -> cards.add(new ReviewCard(item.moduleId(), item.questionId(), text, item.box())));
            if (cards.size() == limit) {
                break;
            }
        }
        return cards;
    }

    /**
     * Leitner boxes: remembered moves the card up a box and doubles the wait (1, 2, 4, 8, 16
     * days); "show me again" starts it over tomorrow.
     */
    public void reviewed(Learner learner, ReviewCard card, boolean remembered) {
        int box = remembered ? Math.min(card.box() + 1, ReviewRepository.LAST_BOX) : ReviewRepository.FIRST_BOX;
        reviews.schedule(learner.id(), card.moduleId(), card.itemId(), box, today().plusDays(1L << (box - 1)));
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    static String keyPointId(Step.KeyPoints step, int index) {
        return "key:" + step.id() + ":" + index;
    }

    private java.util.Optional<jaga.content.LocalizedText> keyPoint(String moduleId, String itemId) {
        String[] parts = itemId.split(":");
        if (parts.length != 3 || !parts[0].equals("key")) {
            return java.util.Optional.empty();
        }
        return catalog.module(moduleId).stream()
                .flatMap(module -> module.lessons().stream())
                .flatMap(lesson -> lesson.steps().stream())
                .filter(step -> step instanceof Step.KeyPoints && step.id().equals(parts[1]))
                .map(step -> ((Step.KeyPoints) step).points())
                .filter(points -> Integer.parseInt(parts[2]) < points.size())
                .map(points -> points.get(Integer.parseInt(parts[2])))
                .findFirst();
    }

    public ContentCatalog catalog() {
        return catalog;
    }

    /**
     * The module's quiz: the attempt left unfinished on this content, taken up at its first
     * unanswered question with the same questions in the same order, else a new attempt.
     */
    public QuizSession startQuiz(Learner learner, ContentModule module) {
        java.util.Optional<Long> unfinished = quizzes.unfinishedAttempt(learner.id(), module.id(), module.version());
        if (unfinished.isPresent()) {
            QuizSession session = new QuizSession(module, quizzes, unfinished.get(), learner.id(), badges);
            session.restore(quizzes.answers(unfinished.get()));
            return session;
        }
        long attempt = quizzes.startAttempt(learner.id(), module.id(), module.version());
        return new QuizSession(module, quizzes, attempt, learner.id(), badges);
    }
}
