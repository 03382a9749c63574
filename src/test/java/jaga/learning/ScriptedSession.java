package jaga.learning;

import jaga.content.ChatNode;
import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.FlagMessage;
import jaga.content.Lesson;
import jaga.content.Question;
import jaga.content.Step;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.progress.LessonProgressRepository;
import jaga.progress.ReviewRepository;
import jaga.testing.RealServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The child process of {@link LearnerSessionCrashTest}: a learner working through a real bundled
 * module through {@link LearningService}, as the screens do, as fast as it can. It resumes from
 * whatever the database holds (the saved step, the quiz attempt cut short, taken up at its first unanswered question), reviews
 * the key points that are due, steps through every lesson (picking chat replies), takes the quiz,
 * and when the module is passed a new learner starts it. After each write returns it prints
 * {@code committed <event> end}; fields are separated by '|'. It never stops by itself.
 *
 * <p>Arguments: data folder, content folder, module id, day (the clock runs that many days ahead,
 * so key points learned in an earlier run are due for review).
 */
public final class ScriptedSession {
    private final LearningService service;
    private final ContentModule module;
    private final int day;
    private final LessonProgressRepository lessons;

    private ScriptedSession(LearningService service, LessonProgressRepository lessons, ContentModule module, int day) {
        this.service = service;
        this.lessons = lessons;
        this.module = module;
        this.day = day;
    }

    public static void main(String[] args) {
        Path dataFolder = Path.of(args[0]);
        ContentCatalog catalog = new ContentLoader().load(List.of(Path.of(args[1])));
        ContentModule module = catalog.module(args[2]).orElseThrow();
        int day = Integer.parseInt(args[3]);
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(day));
        Database database = Database.open(DataDirectory.prepare(dataFolder), clock);
        LessonProgressRepository lessons = new LessonProgressRepository(database);
        LearningService service = RealServices.on(catalog, database).learning;
        System.out.println("ready");
        System.out.flush();
        new ScriptedSession(service, lessons, module, day).run();
    }

    private void run() {
        // The two newest learners review what is due (all of them would make the run mostly reviews).
        List<Learner> all = service.learners();
        for (Learner learner : all.subList(Math.max(0, all.size() - 2), all.size())) {
            review(learner);
        }
        Learner learner = currentLearner();
        while (true) {
            resumeAndFinish(learner);
            learner = service.addLearner("Learner " + (service.learners().size() + 1), "owl", module.band(), Language.EN);
            committed("learner", learner.id());
        }
    }

    /** The newest learner still working on the module, or a new one. */
    private Learner currentLearner() {
        List<Learner> learners = service.learners();
        if (!learners.isEmpty() && service.badges(learners.get(learners.size() - 1)).isEmpty()) {
            return learners.get(learners.size() - 1);
        }
        Learner learner = service.addLearner("Learner " + (learners.size() + 1), "owl", module.band(), Language.EN);
        committed("learner", learner.id());
        return learner;
    }

    private void review(Learner learner) {
        for (ReviewCard card : service.dailyReview(learner, 5)) {
            service.reviewed(learner, card, true);
            committed("review", learner.id(), card.moduleId(), card.itemId(),
                    Math.min(card.box() + 1, ReviewRepository.LAST_BOX));
        }
    }

    private void resumeAndFinish(Learner learner) {
        LessonPosition from = service.resumePosition(learner, module);
        boolean lessonsDone = lessonsDone(learner);
        // Not a promise, so not "committed": where this run picks up, for the test to compare.
        System.out.println("resume|" + learner.id() + "|" + (lessonsDone ? "quiz" : from.lesson() + "|" + from.step()));
        if (!lessonsDone) {
            for (int l = from.lesson(); l < module.lessons().size(); l++) {
                Lesson lesson = module.lessons().get(l);
                int firstStep = l == from.lesson() ? from.step() : 0;
                for (int s = firstStep; s < lesson.steps().size(); s++) {
                    service.stepReached(learner, module, lesson, s);
                    committed("step", learner.id(), lesson.id(), s);
                    if (lesson.steps().get(s) instanceof Step.Chat chat) {
                        chat(learner, lesson, chat);
                    }
                }
                service.lessonFinished(learner, module, lesson);
                committed("lessonDone", learner.id(), lesson.id());
            }
        }
        takeQuizUntilPassed(learner);
    }

    /** resumePosition says START both for "not begun" and "all done"; the saved places tell them apart. */
    private boolean lessonsDone(Learner learner) {
        long completed = lessons.places(learner.id()).stream()
                .filter(place -> place.moduleId().equals(module.id()) && place.completed()).count();
        return completed == module.lessons().size();
    }

    private void chat(Learner learner, Lesson lesson, Step.Chat chat) {
        ChatRun run = new ChatRun(chat);
        int turn = 0;
        while (run.ending().isEmpty()) {
            while (run.revealNext().isPresent()) {
                // messages appear; the learner reads them
            }
            List<ChatNode.ChatChoice> choices = run.choices();
            if (choices.isEmpty()) {
                break;
            }
            // Not always the safe reply: the unsafe branches are saved too.
            ChatNode.ChatChoice choice = choices.get((day + turn++) % choices.size());
            run.choose(choice.id());
            service.chatChoice(learner, module, lesson, chat.id(), choice.id());
            committed("chat", learner.id(), lesson.id(), chat.id(), choice.id());
        }
    }

    private void takeQuizUntilPassed(Learner learner) {
        for (int attempt = 0; ; attempt++) {
            QuizSession quiz = service.startQuiz(learner, module);
            committed("attempt", learner.id(), quiz.attemptId());
            int asked = 0;
            // An attempt cut short is taken up again at its first unanswered question, as Jaga does.
            for (Question question : quiz.questions().subList(quiz.firstUnanswered(), quiz.questions().size())) {
                // In an odd-day run every third answer of the first attempt is wrong, so it fails and is retried.
                boolean right = day % 2 == 0 || attempt > 0 || asked++ % 3 != 0;
                Response response = right ? rightAnswer(question) : wrongAnswer(question);
                quiz.answer(question, response);
                committed("answer", quiz.attemptId(), question.id(), response.encode());
            }
            QuizResult result = quiz.finish();
            committed("finish", quiz.attemptId(), result.scorePercent(), result.passed());
            if (result.passed()) {
                committed("badge", learner.id(), module.id());
                return;
            }
        }
    }

    static Response rightAnswer(Question question) {
        if (question instanceof Question.HasChoices choices) {
            return new Response.Choices(choiceIds(choices, true));
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            return new Response.TrueOrFalse(trueFalse.answer());
        }
        if (question instanceof Question.Ordering ordering) {
            return new Response.Order(ordering.items().stream().map(Question.Item::id).toList());
        }
        if (question instanceof Question.Matching matching) {
            Map<String, String> matches = new LinkedHashMap<>();
            matching.pairs().forEach(pair -> matches.put(pair.id(), pair.id()));
            return new Response.Matches(matches);
        }
        Question.SpotTheFlags flags = (Question.SpotTheFlags) question;
        return new Response.Flags(flags.messages().stream().filter(FlagMessage::flag).map(FlagMessage::id)
                .collect(Collectors.toSet()));
    }

    static Response wrongAnswer(Question question) {
        if (question instanceof Question.HasChoices choices) {
            return new Response.Choices(choiceIds(choices, false).stream().limit(1).collect(Collectors.toSet()));
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            return new Response.TrueOrFalse(!trueFalse.answer());
        }
        if (question instanceof Question.Ordering ordering) {
            List<String> backwards = new java.util.ArrayList<>(ordering.items().stream().map(Question.Item::id).toList());
            java.util.Collections.reverse(backwards);
            return new Response.Order(backwards);
        }
        if (question instanceof Question.Matching matching) {
            Map<String, String> shifted = new LinkedHashMap<>();
            List<Question.Pair> pairs = matching.pairs();
            for (int i = 0; i < pairs.size(); i++) {
                shifted.put(pairs.get(i).id(), pairs.get((i + 1) % pairs.size()).id());
            }
            return new Response.Matches(shifted);
        }
        return new Response.Flags(Set.of());
    }

    private static Set<String> choiceIds(Question.HasChoices question, boolean correct) {
        return question.choices().stream().filter(c -> c.correct() == correct).map(jaga.content.Choice::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static void committed(String kind, Object... fields) {
        StringBuilder line = new StringBuilder("committed ").append(kind);
        for (Object field : fields) {
            line.append('|').append(field);
        }
        System.out.println(line.append(" end"));
        System.out.flush();
    }
}
