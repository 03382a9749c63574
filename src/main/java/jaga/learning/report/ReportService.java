package jaga.learning.report;

import jaga.content.Audience;
import jaga.model.Band;
import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.content.LocalizedText;
import jaga.content.ParentGuide;
import jaga.content.Question;
import jaga.content.Topic;
import jaga.learning.ModuleState;
import jaga.learning.ProgressReports;
import jaga.progress.AnswerHistory;
import jaga.progress.BadgeRepository;
import jaga.progress.ClassRepository;
import jaga.progress.DashboardRepository;
import jaga.progress.DashboardRepository.FinishedAttempt;
import jaga.progress.DashboardRepository.MissedQuestion;
import jaga.progress.DashboardRepository.ModuleProgress;
import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import jaga.progress.ProgressException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the reports that the adult dashboards show and that the CSV and PDF exports write, from
 * the saved progress and today's content, so the numbers agree everywhere.
 */
public final class ReportService {
    /**
     * A child struggled with a topic when their mastery of it is below 70% (over at least
     * {@link #MIN_ANSWERS_TO_JUDGE} answers), or when they finished a quiz of that topic without
     * passing and have not passed that module since.
     */
    public static final double STRUGGLING_BELOW = 0.70;
    /**
     * A child in a class needs help when their mastery of any topic is below 50% (over at least
     * {@link #MIN_ANSWERS_TO_JUDGE} answers), or when they failed the same module's quiz twice or
     * more and have not passed it since.
     */
    public static final double NEEDS_HELP_BELOW = 0.50;
    public static final int FAILED_ATTEMPTS_FOR_HELP = 2;
    /** Fewer answers than this in a topic are too few to call the child's mastery low. */
    public static final int MIN_ANSWERS_TO_JUDGE = 3;
    /** How many most-missed questions a report lists. */
    public static final int MOST_MISSED = 10;

    private final ContentCatalog catalog;
    private final LearnerRepository learners;
    private final ClassRepository classes;
    private final DashboardRepository dashboards;
    private final BadgeRepository badges;
    private final ProgressReports progressReports;
    private final AnswerHistory answers;
    private final Clock clock;

    public ReportService(ContentCatalog catalog, LearnerRepository learners, ClassRepository classes,
                         DashboardRepository dashboards, AnswerHistory answers, BadgeRepository badges, Clock clock) {
        this.catalog = catalog;
        this.learners = learners;
        this.classes = classes;
        this.dashboards = dashboards;
        this.badges = badges;
        this.progressReports = new ProgressReports(catalog, dashboards, answers);
        this.answers = answers;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ one child, a family

    public LearnerReport learnerReport(long learnerId) {
        LearnerProfile profile = learners.profiles().stream().filter(p -> p.id() == learnerId).findFirst()
                .orElseThrow(() -> new ProgressException("There is no learner number " + learnerId + "."));
        return learnerReport(profile, madeAt());
    }

    /** Every child not archived, in the order they were added. */
    public FamilyOverview familyOverview() {
        String madeAt = madeAt();
        return new FamilyOverview(madeAt, learners.profiles().stream().filter(p -> !p.archived())
                .map(p -> learnerReport(p, madeAt)).toList());
    }

    private LearnerReport learnerReport(LearnerProfile profile, String madeAt) {
        ReportLearner learner = learner(profile);
        List<ModuleProgress> progress = dashboards.moduleProgress(profile.id());
        List<ModuleRow> modules = moduleRows(learner, progress, learnerModules(Set.of(profile.band())));
        List<TopicScore> mastery = scores(progressReports.learnerMastery(profile.id()));
        String lastActive = progress.stream().map(ModuleProgress::lastActive).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<BadgeRow> badgeRows = badges.badges(profile.id()).stream()
                .filter(b -> b.moduleId() != null)
                .map(b -> new BadgeRow(module(b.moduleId()), b.earnedAt())).toList();
        List<ScorePoint> points = dashboards.finishedAttempts(profile.id()).stream()
                .map(a -> new ScorePoint(module(a.moduleId()), a.finishedAt(), a.scorePercent(), a.passed())).toList();
        List<MissedQuestionRow> missed = missedRows(dashboards.mostMissedByLearner(profile.id(), MOST_MISSED));
        return new LearnerReport(learner, madeAt, modules, mastery, lastActive, badgeRows, points, missed,
                talkAbout(modules, mastery, missedAgain(profile.id()), profile.band()));
    }

    /** Topics where the child struggled (see {@link #STRUGGLING_BELOW}), in curriculum order. */
    private List<TalkAbout> talkAbout(List<ModuleRow> modules, List<TopicScore> mastery,
                                      Map<Topic, List<LocalizedText>> missedAgain, Band band) {
        Map<Topic, TopicScore> byTopic = mastery.stream().collect(Collectors.toMap(TopicScore::topic, Function.identity()));
        List<TalkAbout> result = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            Set<TalkAbout.Reason> reasons = EnumSet.noneOf(TalkAbout.Reason.class);
            TopicScore score = byTopic.get(topic);
            boolean judged = score != null && score.answers() >= MIN_ANSWERS_TO_JUDGE;
            if (judged && score.share() < STRUGGLING_BELOW) {
                reasons.add(TalkAbout.Reason.LOW_MASTERY);
            }
            boolean failed = modules.stream().anyMatch(row -> row.module().topic().equals(Optional.of(topic))
                    && !row.passed() && row.lastScore() != null);
            if (failed) {
                reasons.add(TalkAbout.Reason.FAILED_QUIZ);
            }
            List<LocalizedText> again = missedAgain.getOrDefault(topic, List.of());
            if (!again.isEmpty()) {
                reasons.add(TalkAbout.Reason.MISSED_AGAIN);
            }
            if (!reasons.isEmpty()) {
                result.add(new TalkAbout(topic, reasons, judged ? score.percent() : null, again,
                        forBand(starters(topic), band)));
            }
        }
        return result;
    }

    /** Per topic, the questions the child keeps getting wrong, in today's wording (retired ones left out). */
    private Map<Topic, List<LocalizedText>> missedAgain(long learnerId) {
        Map<Topic, List<LocalizedText>> byTopic = new java.util.EnumMap<>(Topic.class);
        for (AnswerHistory.RepeatedMiss miss : answers.repeatedMisses(learnerId)) {
            catalog.module(miss.moduleId()).ifPresent(module -> module.quiz().questions().stream()
                    .filter(q -> q.id().equals(miss.questionId())).findFirst()
                    .ifPresent(q -> byTopic.computeIfAbsent(module.topic(), t -> new ArrayList<>()).add(q.prompt())));
        }
        return byTopic;
    }

    /** The starters for the child's band and for any age; all of them when the guide has none for that band. */
    static List<LocalizedText> forBand(List<ParentGuide.Starter> starters, Band band) {
        List<ParentGuide.Starter> kept = starters.stream().filter(starter -> starter.suits(band)).toList();
        return (kept.isEmpty() ? starters : kept).stream().map(ParentGuide.Starter::text).toList();
    }

    /** The conversation starters of the topic's parent guide (the {@code <topic>-parents} module). */
    private List<ParentGuide.Starter> starters(Topic topic) {
        return catalog.modules().stream()
                .filter(m -> m.topic() == topic && m.audience() == Audience.PARENT && m.guide() != null)
                .sorted(Comparator.comparing((ContentModule m) -> !m.id().equals(topic.code() + "-parents"))
                        .thenComparing(ContentModule::id))
                .flatMap(m -> m.guide().conversationStarters().stream()).toList();
    }

    /** A certificate for each module the learner passed, first passed first (the date is the first pass). */
    public List<Certificate> certificates(long learnerId) {
        LearnerProfile profile = learners.profiles().stream().filter(p -> p.id() == learnerId).findFirst()
                .orElseThrow(() -> new ProgressException("There is no learner number " + learnerId + "."));
        Map<String, String> firstPass = new LinkedHashMap<>();
        dashboards.finishedAttempts(learnerId).stream().filter(FinishedAttempt::passed)
                .forEach(a -> firstPass.putIfAbsent(a.moduleId(), a.finishedAt()));
        return firstPass.entrySet().stream()
                .map(e -> new Certificate(learner(profile), module(e.getKey()), e.getValue())).toList();
    }

    // ------------------------------------------------------------------ a class

    public ClassReport classReport(long classId) {
        ClassRepository.SchoolClass schoolClass = classes.classes().stream().filter(c -> c.id() == classId).findFirst()
                .orElseThrow(() -> new ProgressException("There is no class number " + classId + "."));
        Map<Long, LearnerProfile> profiles = learners.profiles().stream()
                .collect(Collectors.toMap(LearnerProfile::id, Function.identity()));
        List<ReportLearner> members = classes.members(classId).stream().map(profiles::get).filter(Objects::nonNull)
                .map(ReportService::learner).toList();
        DashboardRepository.ClassDashboard dashboard = dashboards.classDashboard(classId, MOST_MISSED);
        Map<Long, List<ModuleProgress>> progressByLearner = new LinkedHashMap<>();
        List<ModuleProgress> allProgress = new ArrayList<>();
        for (ReportLearner member : members) {
            List<ModuleProgress> progress = dashboards.moduleProgress(member.id());
            progressByLearner.put(member.id(), progress);
            allProgress.addAll(progress);
        }
        // Columns: the learner modules of every band in the class, and anything a child opened.
        List<ModuleInfo> columns = new ArrayList<>(learnerModules(members.stream().map(ReportLearner::band)
                .collect(Collectors.toSet())));
        allProgress.stream().map(ModuleProgress::moduleId).distinct()
                .filter(id -> columns.stream().noneMatch(c -> c.id().equals(id)))
                .map(this::module).forEach(columns::add);
        columns.sort(MODULE_ORDER);

        Map<Long, List<FinishedAttempt>> attempts = dashboards.finishedAttemptsInClass(classId).stream()
                .collect(Collectors.groupingBy(FinishedAttempt::learnerId));
        List<ClassReport.Row> rows = new ArrayList<>();
        List<ClassReport.NeedsHelp> needsHelp = new ArrayList<>();
        for (ReportLearner member : members) {
            List<ModuleProgress> progress = progressByLearner.get(member.id());
            List<ModuleRow> cells = cells(member, progress, columns);
            List<Integer> best = cells.stream().map(ModuleRow::bestScore).filter(Objects::nonNull).toList();
            Double average = best.isEmpty() ? null : best.stream().mapToInt(Integer::intValue).average().orElseThrow();
            String lastActive = progress.stream().map(ModuleProgress::lastActive).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            int passed = (int) cells.stream().filter(ModuleRow::passed).count();
            rows.add(new ClassReport.Row(member, cells, passed, average, lastActive));
            List<ClassReport.HelpReason> reasons = helpReasons(member, cells,
                    attempts.getOrDefault(member.id(), List.of()));
            if (!reasons.isEmpty()) {
                needsHelp.add(new ClassReport.NeedsHelp(member, reasons));
            }
        }
        return new ClassReport(classId, schoolClass.name(), madeAt(), columns, rows,
                missedRows(dashboard.mostMissed()), scores(progressReports.classMastery(classId)), needsHelp);
    }

    private List<ClassReport.HelpReason> helpReasons(ReportLearner member, List<ModuleRow> cells,
                                                     List<FinishedAttempt> attempts) {
        List<ClassReport.HelpReason> reasons = new ArrayList<>();
        Map<String, Long> failures = attempts.stream().filter(a -> !a.passed())
                .collect(Collectors.groupingBy(FinishedAttempt::moduleId, LinkedHashMap::new, Collectors.counting()));
        for (ModuleRow cell : cells) {
            long failed = failures.getOrDefault(cell.module().id(), 0L);
            if (!cell.passed() && failed >= FAILED_ATTEMPTS_FOR_HELP) {
                reasons.add(new ClassReport.HelpReason(ClassReport.HelpReason.Kind.FAILED_TWICE, cell.module(),
                        cell.module().topic().orElse(null), null, (int) failed));
            }
        }
        for (TopicScore score : scores(progressReports.learnerMastery(member.id()))) {
            if (score.answers() >= MIN_ANSWERS_TO_JUDGE && score.share() < NEEDS_HELP_BELOW) {
                reasons.add(new ClassReport.HelpReason(ClassReport.HelpReason.Kind.LOW_MASTERY, null, score.topic(),
                        score.percent(), 0));
            }
        }
        return reasons;
    }

    // ------------------------------------------------------------------ shared pieces

    /** Curriculum order: topic, then band, then id; retired modules last. */
    static final Comparator<ModuleInfo> MODULE_ORDER = Comparator
            .comparing((ModuleInfo m) -> m.retired())
            .thenComparing(m -> m.topic().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(m -> m.band().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(ModuleInfo::id);

    /** The learner modules of these age bands, in curriculum order. */
    private List<ModuleInfo> learnerModules(Set<Band> bands) {
        return catalog.modules().stream().filter(ContentModule::forLearners)
                .filter(m -> bands.contains(m.band())).map(ReportService::info).sorted(MODULE_ORDER).toList();
    }

    /** A row per module of {@code shown}, in that order. */
    private static List<ModuleRow> cells(ReportLearner learner, List<ModuleProgress> progress,
                                         List<ModuleInfo> shown) {
        Map<String, ModuleProgress> byModule = progress.stream()
                .collect(Collectors.toMap(ModuleProgress::moduleId, Function.identity(), (a, b) -> a));
        return shown.stream().map(module -> row(learner, module, byModule.get(module.id()))).toList();
    }

    /** A row per module of the learner's band, and per other module the learner opened. */
    private List<ModuleRow> moduleRows(ReportLearner learner, List<ModuleProgress> progress, List<ModuleInfo> bandModules) {
        List<ModuleInfo> shown = new ArrayList<>(bandModules);
        progress.stream().map(ModuleProgress::moduleId)
                .filter(id -> shown.stream().noneMatch(m -> m.id().equals(id)))
                .map(this::module).forEach(shown::add);
        shown.sort(MODULE_ORDER);
        return cells(learner, progress, shown);
    }

    private static ModuleRow row(ReportLearner learner, ModuleInfo module, ModuleProgress progress) {
        boolean inBand = module.band().map(b -> b == learner.band()).orElse(false);
        if (progress == null) {
            return new ModuleRow(module, ModuleState.NOT_STARTED, inBand, 0, 0, null, null, false, null);
        }
        ModuleState state = progress.passed() ? ModuleState.DONE : ModuleState.IN_PROGRESS;
        int lessonsDone = module.retired() ? progress.lessonsCompleted()
                : Math.min(progress.lessonsCompleted(), module.lessonsTotal());
        return new ModuleRow(module, state, inBand, lessonsDone, progress.attempts(), progress.bestScore(),
                progress.lastScore(), progress.passed(), progress.lastActive());
    }

    private List<MissedQuestionRow> missedRows(List<MissedQuestion> missed) {
        return missed.stream().map(m -> {
            Optional<Question> question = catalog.module(m.moduleId()).flatMap(module -> module.quiz() == null
                    ? Optional.empty()
                    : module.quiz().questions().stream().filter(q -> q.id().equals(m.questionId())).findFirst());
            List<MissedQuestionRow.WrongAnswer> wrong = m.wrongResponses().stream()
                    .map(r -> new MissedQuestionRow.WrongAnswer(r.response(),
                            question.map(q -> ResponseWords.describe(q, r.response())), r.count()))
                    .toList();
            Map<String, Integer> missedItems = new LinkedHashMap<>();
            Map<String, Integer> wronglyMarked = new LinkedHashMap<>();
            question.ifPresent(q -> m.wrongResponses().forEach(r -> ResponseWords.marks(q, r.response()).ifPresent(marks -> {
                marks.missed().forEach(id -> missedItems.merge(id, r.count(), Integer::sum));
                marks.wronglyMarked().forEach(id -> wronglyMarked.merge(id, r.count(), Integer::sum));
            })));
            return new MissedQuestionRow(module(m.moduleId()), m.questionId(), question.map(Question::prompt),
                    m.answers(), m.missed(), wrong, itemCounts(question, missedItems), itemCounts(question, wronglyMarked));
        }).toList();
    }

    /** Most learners first, then in the question's order. */
    private static List<MissedQuestionRow.ItemCount> itemCounts(Optional<Question> question, Map<String, Integer> counts) {
        return question.map(q -> counts.entrySet().stream()
                .map(e -> new MissedQuestionRow.ItemCount(e.getKey(), ResponseWords.item(q, e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(MissedQuestionRow.ItemCount::learners).reversed())
                .toList()).orElse(List.of());
    }

    private static List<TopicScore> scores(List<ProgressReports.TopicMastery> mastery) {
        return mastery.stream().map(m -> new TopicScore(m.topic(), m.share(), m.answers())).toList();
    }

    /** The module as reports name it; a retired one keeps its id. */
    public ModuleInfo module(String moduleId) {
        return catalog.module(moduleId).map(ReportService::info)
                .orElseGet(() -> new ModuleInfo(moduleId, LocalizedText.of(moduleId, moduleId), Optional.empty(),
                        Optional.empty(), 0, true));
    }

    private static ModuleInfo info(ContentModule module) {
        return new ModuleInfo(module.id(), module.title(), Optional.ofNullable(module.topic()),
                Optional.ofNullable(module.band()).filter(b -> b != Band.ADULTS),
                module.lessons() == null ? 0 : module.lessons().size(), false);
    }

    private static ReportLearner learner(LearnerProfile profile) {
        return new ReportLearner(profile.id(), profile.displayName(), profile.band(), profile.language());
    }

    private String madeAt() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }
}
