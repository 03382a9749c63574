package jaga.content;

import jaga.model.Band;
import jaga.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a schema cannot make, on a module that became records: required parts,
 * translations, unique ids, answerable questions, chats that always reach an ending, contacts
 * and pictures that exist, and reading level. Collects every problem rather than stopping.
 */
final class ModuleValidator {

    static final List<String> REQUIRED_LOCALES = Language.codes();
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Shorter texts give meaningless reading grades ("Yes." scores below zero). */
    private static final int MIN_WORDS_FOR_READING_LEVEL = 8;

    private final Path file;
    private final JsonDocument document;
    private final Resources resources;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final PictureRules pictures;
    private final Set<String> stepIds = new HashSet<>();
    private final Set<String> questionIds = new HashSet<>();
    private double readingLimit = Double.MAX_VALUE;
    private Band band;

    ModuleValidator(Path file, JsonDocument document, Resources resources) {
        this.file = file;
        this.document = document;
        this.resources = resources;
        this.pictures = new PictureRules(file.toAbsolutePath().getParent(), this::error);
    }

    List<ContentProblem> validate(ContentModule module) {
        String root = JsonPaths.ROOT;
        if (required(root, "id", module.id())) {
            checkId(child(root, "id"), module.id());
            String folder = file.toAbsolutePath().getParent().getFileName().toString();
            if (!folder.equals(module.id())) {
                error(child(root, "id"), "module id '" + module.id() + "' does not match its folder name '" + folder + "'");
            }
        }
        if (required(root, "version", module.version()) && module.version() < 1) {
            error(child(root, "version"), "version must be 1 or more");
        }
        required(root, "topic", module.topic());
        band = module.band();
        required(root, "audience", module.audience());
        if (required(root, "band", module.band()) && module.audience() != null) {
            boolean adultBand = module.band() == Band.ADULTS;
            if (module.forLearners() && adultBand) {
                error(child(root, "band"), "a learner module needs a children's band (7-9, 10-12 or 13-17)");
            } else if (!module.forLearners() && !adultBand) {
                error(child(root, "band"), "a module for " + module.audience().code() + "s uses the band 'adults'");
            }
            readingLimit = ReadingLevel.limitFor(module.band());
        }
        text(root, "title", module.title());
        learnerText(root, "summary", module.summary()); // children read it on the module's card
        if (nonEmpty(root, "objectives", module.objectives())) {
            texts(child(root, "objectives"), module.objectives());
        }
        if (required(root, "estimatedMinutes", module.estimatedMinutes())
                && (module.estimatedMinutes() < 1 || module.estimatedMinutes() > 180)) {
            error(child(root, "estimatedMinutes"), "estimated minutes must be between 1 and 180");
        }
        for (int i = 0; i < module.prerequisites().size(); i++) {
            String id = module.prerequisites().get(i);
            String path = index(child(root, "prerequisites"), i);
            if (id == null) {
                error(path, "a prerequisite cannot be null");
            } else if (id.equals(module.id())) {
                error(path, "a module cannot be its own prerequisite");
            }
        }

        boolean learner = module.forLearners();
        if (learner ? nonEmpty(root, "lessons", module.lessons()) : module.lessons() != null) {
            Set<String> lessonIds = new HashSet<>();
            for (int i = 0; i < module.lessons().size(); i++) {
                lesson(index(child(root, "lessons"), i), module.lessons().get(i), lessonIds);
            }
        }
        if (learner ? required(root, "quiz", module.quiz()) : module.quiz() != null) {
            quiz(child(root, "quiz"), module.quiz());
        }
        if (module.audience() == Audience.PARENT ? required(root, "guide", module.guide()) : module.guide() != null) {
            guide(child(root, "guide"), module.guide());
        }
        if (module.teacherNotes() != null) {
            teacherNotes(child(root, "teacherNotes"), module.teacherNotes());
        }
        return problems;
    }

    // ---- lessons and steps -------------------------------------------------------------------

    private void lesson(String path, Lesson lesson, Set<String> lessonIds) {
        if (notNull(path, lesson, "lesson")) {
            uniqueId(path, lesson.id(), lessonIds, "lesson");
            text(path, "title", lesson.title());
            if (nonEmpty(path, "steps", lesson.steps())) {
                for (int i = 0; i < lesson.steps().size(); i++) {
                    step(index(child(path, "steps"), i), lesson.steps().get(i));
                }
            }
        }
    }

    private void step(String path, Step step) {
        if (!notNull(path, step, "step")) {
            return;
        }
        uniqueId(path, step.id(), stepIds, "step");
        if (step instanceof Step.Text text) {
            learnerText(path, "text", text.text());
            picture(child(path, "picture"), text.picture());
        } else if (step instanceof Step.Image image) {
            image(path, image);
        } else if (step instanceof Step.KeyPoints keyPoints) {
            optionalText(path, "title", keyPoints.title());
            if (nonEmpty(path, "points", keyPoints.points())) {
                texts(child(path, "points"), keyPoints.points());
                if (keyPoints.points().size() > 6) {
                    warning(child(path, "points"), "key points work best as three or four things to remember, not "
                            + keyPoints.points().size());
                }
            }
        } else if (step instanceof Step.Chat chat) {
            chat(path, chat);
        } else if (step instanceof Step.SpotTheFlags flags) {
            learnerText(path, "prompt", flags.prompt());
            Set<String> people = participants(path, flags.participants());
            flagMessages(path, flags.messages(), people);
        } else if (step instanceof Step.Check check) {
            if (required(path, "question", check.question())) {
                question(child(path, "question"), check.question());
            }
        } else if (step instanceof Step.Help help) {
            optionalText(path, "text", help.text());
            if (nonEmpty(path, "contacts", help.contacts())) {
                for (int i = 0; i < help.contacts().size(); i++) {
                    String id = help.contacts().get(i);
                    if (id == null || resources.contact(id).isEmpty()) {
                        error(index(child(path, "contacts"), i), "unknown contact '" + id + "': it is not in resources.json");
                    }
                }
            }
        }
    }

    private void image(String path, Step.Image image) {
        text(path, "alt", image.alt());
        optionalText(path, "caption", image.caption());
        if (required(path, "file", image.file())) {
            pictures.file(child(path, "file"), image.file());
        }
    }

    /** A picture beside a step's words: a file and alt text in every language. */
    private void picture(String path, Picture picture) {
        if (picture != null) {
            text(path, "alt", picture.alt());
            if (required(path, "file", picture.file())) {
                pictures.file(child(path, "file"), picture.file());
            }
        }
    }

    private Set<String> participants(String parent, List<Participant> participants) {
        Set<String> ids = new HashSet<>();
        if (!nonEmpty(parent, "participants", participants)) {
            return ids;
        }
        for (int i = 0; i < participants.size(); i++) {
            String path = index(child(parent, "participants"), i);
            Participant participant = participants.get(i);
            if (notNull(path, participant, "participant")) {
                uniqueId(path, participant.id(), ids, "participant");
                text(path, "name", participant.name());
                pictures.persona(child(path, "persona"), participant.persona());
            }
        }
        return ids;
    }

    private void chat(String path, Step.Chat chat) {
        optionalText(path, "intro", chat.intro());
        optionalText(path, "place", chat.place());
        pictures.skin(path, chat);
        Set<String> people = participants(path, chat.participants());
        boolean hasMe = chat.participants() != null && chat.participants().stream().anyMatch(p -> p != null && p.me());
        if (chat.participants() != null && !hasMe) {
            error(child(path, "participants"), "one participant must be the learner (\"me\": true)");
        }
        if (!nonEmpty(path, "nodes", chat.nodes())) {
            return;
        }
        Map<String, ChatNode> nodes = new HashMap<>();
        Map<String, String> nodePaths = new HashMap<>();
        for (int i = 0; i < chat.nodes().size(); i++) {
            String nodePath = index(child(path, "nodes"), i);
            ChatNode node = chat.nodes().get(i);
            if (notNull(nodePath, node, "chat node") && required(nodePath, "id", node.id())) {
                checkId(child(nodePath, "id"), node.id());
                if (nodes.putIfAbsent(node.id(), node) != null) {
                    error(child(nodePath, "id"), "duplicate chat node id '" + node.id() + "'");
                } else {
                    nodePaths.put(node.id(), nodePath);
                }
            }
        }
        for (Map.Entry<String, ChatNode> entry : nodes.entrySet()) {
            chatNode(nodePaths.get(entry.getKey()), entry.getValue(), nodes.keySet(), people);
        }
        // Found by fuzzing: with no start, the path check below had nothing to start from.
        if (!required(path, "start", chat.start())) {
            return;
        }
        if (!nodes.containsKey(chat.start())) {
            error(child(path, "start"), "the chat starts at '" + chat.start() + "', but there is no node with that id");
            return;
        }
        chatPaths(path, chat.start(), nodes, nodePaths);
    }

    private void chatNode(String path, ChatNode node, Set<String> nodeIds, Set<String> people) {
        for (int i = 0; i < node.messages().size(); i++) {
            String messagePath = index(child(path, "messages"), i);
            ChatNode.ChatMessage message = node.messages().get(i);
            if (notNull(messagePath, message, "message")) {
                participantReference(messagePath, message.from(), people);
                learnerText(messagePath, "text", message.text());
            }
        }
        int endings = (node.choices() != null ? 1 : 0) + (node.next() != null ? 1 : 0) + (node.ending() != null ? 1 : 0);
        if (endings != 1) {
            error(path, "a chat node needs exactly one of 'choices', 'next' or 'ending'"
                    + (endings == 0 ? "" : ", not " + endings));
        }
        if (node.next() != null && !nodeIds.contains(node.next())) {
            error(child(path, "next"), "no chat node '" + node.next() + "' to go on to");
        }
        if (node.choices() != null && nonEmpty(path, "choices", node.choices())) {
            Set<String> choiceIds = new HashSet<>();
            for (int i = 0; i < node.choices().size(); i++) {
                String choicePath = index(child(path, "choices"), i);
                ChatNode.ChatChoice choice = node.choices().get(i);
                if (!notNull(choicePath, choice, "choice")) {
                    continue;
                }
                uniqueId(choicePath, choice.id(), choiceIds, "choice");
                learnerText(choicePath, "text", choice.text());
                learnerText(choicePath, "feedback", choice.feedback());
                if (required(choicePath, "next", choice.next()) && !nodeIds.contains(choice.next())) {
                    error(child(choicePath, "next"), "no chat node '" + choice.next() + "' to go on to");
                }
            }
        }
        if (node.ending() != null) {
            String endingPath = child(path, "ending");
            required(endingPath, "outcome", node.ending().outcome());
            optionalText(endingPath, "title", node.ending().title());
            learnerText(endingPath, "explanation", node.ending().explanation());
        }
    }

    /**
     * Every node reachable from the start, and from every node some ending reachable. Both are one
     * walk over the nodes and replies (forwards from the start, backwards from the endings), so a
     * chat of 40,000 nodes is checked as quickly as it is read. (The backwards check used to go
     * round the whole chat once per node it added: a 1.2 MB pack took minutes.)
     */
    private void chatPaths(String path, String start, Map<String, ChatNode> nodes, Map<String, String> nodePaths) {
        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(start));
        while (!toVisit.isEmpty()) {
            String id = toVisit.pop();
            if (nodes.containsKey(id) && reached.add(id)) {
                toVisit.addAll(successors(nodes.get(id)));
            }
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        Deque<String> finishing = new ArrayDeque<>();
        for (ChatNode node : nodes.values()) {
            for (String next : successors(node)) {
                predecessors.computeIfAbsent(next, id -> new ArrayList<>()).add(node.id());
            }
            if (node.ending() != null) {
                finishing.add(node.id());
            }
        }
        Set<String> canFinish = new HashSet<>(finishing);
        while (!finishing.isEmpty()) {
            for (String before : predecessors.getOrDefault(finishing.pop(), List.of())) {
                if (canFinish.add(before)) {
                    finishing.add(before);
                }
            }
        }
        for (String id : nodes.keySet().stream().sorted().toList()) {
            if (!reached.contains(id)) {
                error(nodePaths.get(id), "chat node '" + id + "' cannot be reached from the start");
            } else if (!canFinish.contains(id)) {
                error(nodePaths.get(id), "from chat node '" + id + "' the chat never reaches an ending (a loop with no way out?)");
            }
        }
    }

    private static List<String> successors(ChatNode node) {
        List<String> next = new ArrayList<>();
        if (node.next() != null) {
            next.add(node.next());
        }
        if (node.choices() != null) {
            node.choices().stream().filter(c -> c != null && c.next() != null).forEach(c -> next.add(c.next()));
        }
        return next;
    }

    private void flagMessages(String parent, List<FlagMessage> messages, Set<String> people) {
        if (!nonEmpty(parent, "messages", messages)) {
            return;
        }
        Set<String> ids = new HashSet<>();
        int flags = 0;
        for (int i = 0; i < messages.size(); i++) {
            String path = index(child(parent, "messages"), i);
            FlagMessage message = messages.get(i);
            if (!notNull(path, message, "message")) {
                continue;
            }
            uniqueId(path, message.id(), ids, "message");
            participantReference(path, message.from(), people);
            learnerText(path, "text", message.text());
            learnerText(path, "why", message.why());
            flags += message.flag() ? 1 : 0;
        }
        if (flags == 0) {
            error(child(parent, "messages"), "no message is marked as a red flag (\"flag\": true)");
        }
    }

    private void participantReference(String path, String from, Set<String> people) {
        if (required(path, "from", from) && !people.contains(from)) {
            error(child(path, "from"), "no participant '" + from + "' in this thread");
        }
    }

    // ---- quiz and questions -----------------------------------------------------------------

    private void quiz(String path, Quiz quiz) {
        if (required(path, "passMark", quiz.passMark()) && (quiz.passMark() < 0 || quiz.passMark() > 100)) {
            error(child(path, "passMark"), "pass mark must be between 0 and 100, not " + quiz.passMark());
        }
        if (!nonEmpty(path, "questions", quiz.questions())) {
            return;
        }
        for (int i = 0; i < quiz.questions().size(); i++) {
            question(index(child(path, "questions"), i), quiz.questions().get(i));
        }
        if (quiz.pool() != null && required(child(path, "pool"), "draw", quiz.pool().draw())) {
            int draw = quiz.pool().draw();
            if (draw < 1 || draw > quiz.questions().size()) {
                error(child(child(path, "pool"), "draw"), "the pool draws " + draw + " questions but the quiz has "
                        + quiz.questions().size());
            }
        }
    }

    private void question(String path, Question question) {
        if (!notNull(path, question, "question")) {
            return;
        }
        uniqueId(path, question.id(), questionIds, "question");
        learnerText(path, "prompt", question.prompt());
        learnerText(path, "explanation", question.explanation());
        if (question instanceof Question.Single single) {
            choices(path, single.choices(), true);
        } else if (question instanceof Question.Multiple multiple) {
            choices(path, multiple.choices(), false);
        } else if (question instanceof Question.TrueFalse trueFalse) {
            required(path, "answer", trueFalse.answer());
            learnerText(path, "feedbackTrue", trueFalse.feedbackTrue());
            learnerText(path, "feedbackFalse", trueFalse.feedbackFalse());
        } else if (question instanceof Question.Ordering ordering) {
            ordering(path, ordering);
        } else if (question instanceof Question.Matching matching) {
            matching(path, matching);
        } else if (question instanceof Question.SpotTheFlags flags) {
            outcomeFeedback(path, flags.feedback());
            Set<String> people = participants(path, flags.participants());
            flagMessages(path, flags.messages(), people);
        }
    }

    private void ordering(String path, Question.Ordering ordering) {
        outcomeFeedback(path, ordering.feedback());
        if (!nonEmpty(path, "items", ordering.items())) {
            return;
        }
        atLeastTwo(path, "items", ordering.items());
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            String itemPath = index(child(path, "items"), i);
            Question.Item item = ordering.items().get(i);
            if (notNull(itemPath, item, "item")) {
                uniqueId(itemPath, item.id(), ids, "item");
                learnerText(itemPath, "text", item.text());
                distinctText(itemPath, "text", item.text(), texts, "two items with the same text cannot be put in order");
            }
        }
    }

    private void matching(String path, Question.Matching matching) {
        outcomeFeedback(path, matching.feedback());
        if (!nonEmpty(path, "pairs", matching.pairs())) {
            return;
        }
        atLeastTwo(path, "pairs", matching.pairs());
        Set<String> ids = new HashSet<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (int i = 0; i < matching.pairs().size(); i++) {
            String pairPath = index(child(path, "pairs"), i);
            Question.Pair pair = matching.pairs().get(i);
            if (!notNull(pairPath, pair, "pair")) {
                continue;
            }
            uniqueId(pairPath, pair.id(), ids, "pair");
            if (pair.left() == null || pair.right() == null) {
                error(pairPath, "pair '" + pair.id() + "' is missing its " + (pair.left() == null ? "left" : "right")
                        + "-hand side");
                continue;
            }
            learnerText(pairPath, "left", pair.left());
            learnerText(pairPath, "right", pair.right());
            distinctText(pairPath, "left", pair.left(), lefts, "two left-hand sides are the same, so the match is ambiguous");
            distinctText(pairPath, "right", pair.right(), rights, "two right-hand sides are the same, so the match is ambiguous");
        }
    }

    private void choices(String path, List<Choice> choices, boolean exactlyOne) {
        if (!nonEmpty(path, "choices", choices)) {
            return;
        }
        String choicesPath = child(path, "choices");
        atLeastTwo(path, "choices", choices);
        Set<String> ids = new HashSet<>();
        int correct = 0;
        for (int i = 0; i < choices.size(); i++) {
            String choicePath = index(choicesPath, i);
            Choice choice = choices.get(i);
            if (!notNull(choicePath, choice, "choice")) {
                continue;
            }
            uniqueId(choicePath, choice.id(), ids, "choice");
            learnerText(choicePath, "text", choice.text());
            learnerText(choicePath, "feedback", choice.feedback());
            correct += choice.correct() ? 1 : 0;
        }
        if (correct == 0) {
            error(choicesPath, "no choice is marked correct");
        } else if (exactlyOne && correct > 1) {
            error(choicesPath, "a single-choice question has exactly one correct choice, but " + correct + " are marked correct");
        }
    }

    private void outcomeFeedback(String path, Question.OutcomeFeedback feedback) {
        if (required(path, "feedback", feedback)) {
            String feedbackPath = child(path, "feedback");
            learnerText(feedbackPath, "correct", feedback.correct());
            optionalText(feedbackPath, "partial", feedback.partial());
            learnerText(feedbackPath, "incorrect", feedback.incorrect());
        }
    }

    private void atLeastTwo(String path, String property, List<?> list) {
        if (list.size() < 2) {
            error(child(path, property), "needs at least two " + property + ", not " + list.size());
        }
    }

    private void distinctText(String path, String property, LocalizedText text, Set<String> seen, String message) {
        if (text != null && text.has("en") && !seen.add(text.in("en").strip().toLowerCase(Locale.ROOT))) {
            error(child(path, property), message);
        }
    }

    // ---- adults ------------------------------------------------------------------------------

    private void guide(String path, ParentGuide guide) {
        if (nonEmpty(path, "sections", guide.sections())) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < guide.sections().size(); i++) {
                String sectionPath = index(child(path, "sections"), i);
                ParentGuide.Section section = guide.sections().get(i);
                if (notNull(sectionPath, section, "section")) {
                    uniqueId(sectionPath, section.id(), ids, "section");
                    learnerText(sectionPath, "heading", section.heading());
                    learnerText(sectionPath, "body", section.body());
                }
            }
        }
        for (int i = 0; i < guide.conversationStarters().size(); i++) {
            String starterPath = index(child(path, "conversationStarters"), i);
            ParentGuide.Starter starter = guide.conversationStarters().get(i);
            if (notNull(starterPath, starter, "conversation starter")) {
                learnerText(starterPath, "text", starter.text());
                if (starter.band() == Band.ADULTS) {
                    error(child(starterPath, "band"), "a conversation starter is for a child's age: 7-9, 10-12 or 13-17");
                }
            }
        }
    }

    private void teacherNotes(String path, TeacherNotes notes) {
        if (nonEmpty(path, "timing", notes.timing())) {
            for (int i = 0; i < notes.timing().size(); i++) {
                String partPath = index(child(path, "timing"), i);
                TeacherNotes.TimedActivity part = notes.timing().get(i);
                if (notNull(partPath, part, "timing entry")) {
                    if (required(partPath, "minutes", part.minutes()) && part.minutes() < 1) {
                        error(child(partPath, "minutes"), "minutes must be 1 or more");
                    }
                    text(partPath, "activity", part.activity());
                }
            }
        }
        if (nonEmpty(path, "discussionPrompts", notes.discussionPrompts())) {
            texts(child(path, "discussionPrompts"), notes.discussionPrompts());
        }
        text(path, "disclosure", notes.disclosure());
    }

    // ---- building blocks ---------------------------------------------------------------------

    private void uniqueId(String path, String id, Set<String> seen, String what) {
        if (!required(path, "id", id)) {
            return;
        }
        checkId(child(path, "id"), id);
        if (!seen.add(id)) {
            error(child(path, "id"), "duplicate " + what + " id '" + id + "'");
        }
    }

    private void checkId(String path, String id) {
        if (!KEBAB_CASE.matcher(id).matches()) {
            error(path, "id '" + id + "' must be lowercase letters, digits and single hyphens (kebab-case)");
        }
    }

    /** A required text in every language; no reading-level check (titles, adult notes). */
    private boolean text(String parent, String property, LocalizedText text) {
        if (!required(parent, property, text)) {
            return false;
        }
        String path = child(parent, property);
        for (String locale : REQUIRED_LOCALES) {
            if (!text.has(locale)) {
                error(path, "missing translation for '" + locale + "'");
            }
        }
        return true;
    }

    /** A required text the audience reads as running prose: translations and reading level. */
    private void learnerText(String parent, String property, LocalizedText text) {
        if (text(parent, property, text) && text.has("en")) {
            readingLevel(child(parent, property), text.in("en"));
        }
    }

    private void optionalText(String parent, String property, LocalizedText text) {
        if (text != null) {
            learnerText(parent, property, text);
        }
    }

    private void texts(String path, List<LocalizedText> texts) {
        for (int i = 0; i < texts.size(); i++) {
            String itemPath = index(path, i);
            LocalizedText text = texts.get(i);
            if (text == null) {
                error(itemPath, "a text cannot be null");
                continue;
            }
            for (String locale : REQUIRED_LOCALES) {
                if (!text.has(locale)) {
                    error(itemPath, "missing translation for '" + locale + "'");
                }
            }
            if (text.has("en")) {
                readingLevel(itemPath, text.in("en"));
            }
        }
    }

    private void readingLevel(String path, String english) {
        ReadingLevel.Measure measure = ReadingLevel.measure(english);
        if (measure.words() < MIN_WORDS_FOR_READING_LEVEL) {
            return;
        }
        double grade = measure.grade();
        if (grade > readingLimit) {
            String start = english.strip().replaceAll("\\s+", " ");
            warning(child(path, "en"), String.format(Locale.ROOT,
                    "reading level is grade %.1f, above %.0f for %s: \"%s\"", grade, readingLimit,
                    band == Band.ADULTS ? "adults" : "ages " + band.code(),
                    start.length() > 60 ? start.substring(0, 57) + "..." : start));
        }
    }

    private boolean nonEmpty(String parent, String property, List<?> list) {
        if (!required(parent, property, list)) {
            return false;
        }
        if (list.isEmpty()) {
            error(child(parent, property), "'" + property + "' must not be empty");
            return false;
        }
        return true;
    }

    private boolean notNull(String path, Object value, String what) {
        if (value == null) {
            error(path, "a " + what + " cannot be null");
            return false;
        }
        return true;
    }

    private boolean required(String parent, String property, Object value) {
        if (value == null) {
            problems.add(ContentProblem.error(file, document.at(parent), parent,
                    "missing required property '" + property + "'"));
            return false;
        }
        return true;
    }

    private void error(String path, String message) {
        problems.add(ContentProblem.error(file, document.name(path).orElseGet(() -> document.at(path)), path, message));
    }

    private void warning(String path, String message) {
        problems.add(ContentProblem.warning(file, document.at(path), path, message));
    }

    private static String child(String parent, String property) {
        return JsonPaths.child(parent, property);
    }

    private static String index(String parent, int index) {
        return JsonPaths.index(parent, index);
    }
}
