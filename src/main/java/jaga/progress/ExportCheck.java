package jaga.progress;

import jaga.model.Language;
import jaga.progress.ProgressExport.AnswerData;
import jaga.progress.ProgressExport.AttemptData;
import jaga.progress.ProgressExport.BadgeData;
import jaga.progress.ProgressExport.ChatChoiceData;
import jaga.progress.ProgressExport.ClassData;
import jaga.progress.ProgressExport.LearnerData;
import jaga.progress.ProgressExport.LessonData;
import jaga.progress.ProgressExport.ModuleChoiceData;
import jaga.progress.ProgressExport.ReviewData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every value of an export checked before anything of it is written, and brought to the form Jaga
 * stores: times as {@code 2026-11-22T08:21:04.512Z} (so they sort as text), names cleaned
 * ({@link Names}). The limits are in docs/data-format.md. The first value that is wrong is named
 * with its path ({@code learners[0].createdAt: 'yesterday' is not a time like ...}).
 *
 * <p>The outside tester imported a learner whose {@code createdAt} was not a time; afterwards
 * {@code jaga learners} died on that data folder. Nothing of a file is stored unchecked now.
 */
final class ExportCheck {
    static final int MAX_ID = 200;
    static final int MAX_STEP = 10_000;
    static final int MAX_CONTENT_VERSION = 1_000_000;
    static final long MAX_TIME_TAKEN_MS = 24L * 60 * 60 * 1000;
    static final int MAX_CLASSES = 1_000;
    static final int MAX_SETTINGS = 1_000;
    static final Set<String> BANDS = Set.of("7-9", "10-12", "13-17");
    static final Set<String> LOCALES = Set.copyOf(Language.codes());
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern AVATAR = Pattern.compile("[a-z0-9_-]{1,40}");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private ExportCheck() {}

    /** A value that cannot be imported; the message is "path: what is wrong". */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String path, String problem) {
            super(path + ": " + problem, null, false, false);
        }
    }

    /** The export with every value checked and in Jaga's stored form; {@link Invalid} at the first that is wrong. */
    static ProgressExport check(ProgressExport export) throws Invalid {
        String exportedAt = optionalTime("exportedAt", export.exportedAt());
        range("schemaVersion", export.schemaVersion(), 0, 1_000);
        List<LearnerData> learners = list("learners", export.learners(), DataTransfer.MAX_LIST, ExportCheck::learner);
        List<ClassData> classes = list("classes", export.classes(), DataTransfer.MAX_LIST, ExportCheck::schoolClass);
        Map<String, String> settings = null;
        if (export.adultSettings() != null) {
            if (export.adultSettings().size() > MAX_SETTINGS) {
                throw new Invalid("adultSettings", "more than " + MAX_SETTINGS + " settings");
            }
            settings = new LinkedHashMap<>();
            for (Map.Entry<String, String> setting : export.adultSettings().entrySet()) {
                String path = "adultSettings." + setting.getKey();
                settings.put(id(path, setting.getKey()), text(path, setting.getValue()));
            }
        }
        return new ProgressExport(export.format(), export.formatVersion(), exportedAt, export.schemaVersion(), learners,
                classes, settings);
    }

    private static LearnerData learner(String path, LearnerData learner) throws Invalid {
        return new LearnerData(
                uid(path + ".uid", learner.uid()),
                name(path + ".displayName", learner.displayName()),
                matching(path + ".avatar", learner.avatar(), AVATAR, "a picture name (a-z, 0-9, '-', at most 40)"),
                oneOf(path + ".band", learner.band(), BANDS, "7-9, 10-12, 13-17"),
                learner.locale() == null ? null : oneOf(path + ".locale", learner.locale(), LOCALES, String.join(", ", Language.codes())),
                optionalTime(path + ".createdAt", learner.createdAt()),
                learner.archived(),
                list(path + ".classes", learner.classes(), MAX_CLASSES, ExportCheck::name),
                list(path + ".modules", learner.modules(), DataTransfer.MAX_LIST, ExportCheck::moduleChoice),
                list(path + ".lessons", learner.lessons(), DataTransfer.MAX_LIST, ExportCheck::lesson),
                list(path + ".chatChoices", learner.chatChoices(), DataTransfer.MAX_LIST, ExportCheck::chatChoice),
                list(path + ".quizAttempts", learner.quizAttempts(), DataTransfer.MAX_LIST, ExportCheck::attempt),
                list(path + ".badges", learner.badges(), DataTransfer.MAX_LIST, ExportCheck::badge),
                list(path + ".reviewItems", learner.reviewItems(), DataTransfer.MAX_LIST, ExportCheck::review));
    }

    private static ModuleChoiceData moduleChoice(String path, ModuleChoiceData choice) throws Invalid {
        return new ModuleChoiceData(id(path + ".moduleId", choice.moduleId()), choice.shown());
    }

    private static LessonData lesson(String path, LessonData lesson) throws Invalid {
        if (lesson.contentVersion() != null) {
            range(path + ".contentVersion", lesson.contentVersion(), 1, MAX_CONTENT_VERSION);
        }
        range(path + ".stepIndex", lesson.stepIndex(), 0, MAX_STEP);
        return new LessonData(id(path + ".moduleId", lesson.moduleId()), lesson.contentVersion(),
                id(path + ".lessonId", lesson.lessonId()), lesson.stepIndex(),
                optionalTime(path + ".completedAt", lesson.completedAt()), time(path + ".updatedAt", lesson.updatedAt()));
    }

    private static ChatChoiceData chatChoice(String path, ChatChoiceData choice) throws Invalid {
        range(path + ".contentVersion", choice.contentVersion(), 1, MAX_CONTENT_VERSION);
        return new ChatChoiceData(id(path + ".moduleId", choice.moduleId()), choice.contentVersion(),
                id(path + ".lessonId", choice.lessonId()), id(path + ".stepId", choice.stepId()),
                id(path + ".choiceId", choice.choiceId()), time(path + ".chosenAt", choice.chosenAt()));
    }

    private static AttemptData attempt(String path, AttemptData attempt) throws Invalid {
        range(path + ".contentVersion", attempt.contentVersion(), 1, MAX_CONTENT_VERSION);
        if (attempt.scorePercent() != null) {
            range(path + ".scorePercent", attempt.scorePercent(), 0, 100);
        }
        return new AttemptData(uid(path + ".uid", attempt.uid()), id(path + ".moduleId", attempt.moduleId()),
                attempt.contentVersion(), time(path + ".startedAt", attempt.startedAt()),
                optionalTime(path + ".finishedAt", attempt.finishedAt()), attempt.scorePercent(), attempt.passed(),
                list(path + ".answers", attempt.answers(), DataTransfer.MAX_LIST, ExportCheck::answer));
    }

    private static AnswerData answer(String path, AnswerData answer) throws Invalid {
        if (!Double.isFinite(answer.credit()) || answer.credit() < 0 || answer.credit() > 1) {
            throw new Invalid(path + ".credit", number(answer.credit()) + " is not from 0 to 1");
        }
        if (answer.timeTakenMs() != null && (answer.timeTakenMs() < 0 || answer.timeTakenMs() > MAX_TIME_TAKEN_MS)) {
            throw new Invalid(path + ".timeTakenMs", answer.timeTakenMs() + " is not from 0 to " + MAX_TIME_TAKEN_MS
                    + " (a day)");
        }
        return new AnswerData(id(path + ".questionId", answer.questionId()), text(path + ".response", answer.response()),
                answer.credit(), answer.timeTakenMs(), time(path + ".answeredAt", answer.answeredAt()));
    }

    private static BadgeData badge(String path, BadgeData badge) throws Invalid {
        return new BadgeData(id(path + ".badgeId", badge.badgeId()),
                badge.moduleId() == null ? null : id(path + ".moduleId", badge.moduleId()),
                time(path + ".earnedAt", badge.earnedAt()));
    }

    private static ReviewData review(String path, ReviewData review) throws Invalid {
        range(path + ".box", review.box(), 1, 5);
        return new ReviewData(id(path + ".moduleId", review.moduleId()), id(path + ".questionId", review.questionId()),
                review.box(), date(path + ".dueOn", review.dueOn()),
                optionalTime(path + ".lastReviewedAt", review.lastReviewedAt()));
    }

    private static ClassData schoolClass(String path, ClassData data) throws Invalid {
        List<String> bands = list(path + ".bands", data.bands(), BANDS.size(),
                (at, band) -> oneOf(at, band, BANDS, "7-9, 10-12, 13-17"));
        return new ClassData(name(path + ".name", data.name()), optionalTime(path + ".createdAt", data.createdAt()),
                data.archived(), bands, list(path + ".modules", data.modules(), DataTransfer.MAX_LIST,
                ExportCheck::moduleChoice));
    }

    // ------------------------------------------------------------------ values

    @FunctionalInterface
    private interface Checker<T> {
        T check(String path, T value) throws Invalid;
    }

    private static <T> List<T> list(String path, List<T> values, int most, Checker<T> checker) throws Invalid {
        if (values.size() > most) {
            throw new Invalid(path, "more than " + most + " entries");
        }
        List<T> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String at = path + "[" + i + "]";
            T value = values.get(i);
            if (value == null) {
                throw new Invalid(at, "null cannot be in a list");
            }
            checked.add(checker.check(at, value));
        }
        return checked;
    }

    /** A learner's or class's name, cleaned as Jaga stores names. */
    private static String name(String path, String raw) throws Invalid {
        if (raw == null) {
            throw new Invalid(path, "missing");
        }
        String name = Names.clean(raw);
        if (name.isEmpty()) {
            throw new Invalid(path, "the name is empty");
        }
        if (Names.length(name) > Names.MAX_LENGTH) {
            throw new Invalid(path, "a name of " + Names.length(name) + " characters; names have at most " + Names.MAX_LENGTH);
        }
        if (Names.hasControl(name)) {
            throw new Invalid(path, "a name cannot have a line break or control character");
        }
        return name;
    }

    private static String uid(String path, String value) throws Invalid {
        return matching(path, value, UID, "an id (letters, digits, '-' and '_', at most 64)");
    }

    /** A content id (module, lesson, step, choice, question, badge) or a setting's key. */
    private static String id(String path, String value) throws Invalid {
        if (value == null) {
            throw new Invalid(path, "missing");
        }
        if (value.length() > MAX_ID) {
            throw new Invalid(path, "an id of " + value.length() + " characters; ids have at most " + MAX_ID);
        }
        if (value.isEmpty() || !value.equals(value.strip()) || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new Invalid(path, "an id cannot be empty or have spaces at its ends or control characters");
        }
        return value;
    }

    /** Free text (an answer given, a setting's value): any characters but NUL, within the file's text limit. */
    private static String text(String path, String value) throws Invalid {
        if (value == null) {
            throw new Invalid(path, "missing");
        }
        if (value.length() > DataTransfer.MAX_TEXT) {
            throw new Invalid(path, "a text of " + value.length() + " characters; texts have at most " + DataTransfer.MAX_TEXT);
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new Invalid(path, "a text cannot hold the character NUL");
        }
        return value;
    }

    private static String matching(String path, String value, Pattern pattern, String what) throws Invalid {
        if (value == null) {
            throw new Invalid(path, "missing");
        }
        if (!pattern.matcher(value).matches()) {
            throw new Invalid(path, quoted(value) + " is not " + what);
        }
        return value;
    }

    private static String oneOf(String path, String value, Set<String> allowed, String listed) throws Invalid {
        if (value == null) {
            throw new Invalid(path, "missing");
        }
        if (!allowed.contains(value)) {
            throw new Invalid(path, quoted(value) + " is not one of " + listed);
        }
        return value;
    }

    private static void range(String path, long value, long least, long most) throws Invalid {
        if (value < least || value > most) {
            throw new Invalid(path, value + " is not from " + least + " to " + most);
        }
    }

    private static String time(String path, String value) throws Invalid {
        if (value == null) {
            throw new Invalid(path, "missing");
        }
        Instant moment;
        try {
            moment = DateTimeFormatter.ISO_INSTANT.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            throw new Invalid(path, quoted(value) + " is not a time like 2026-11-22T08:21:04.512Z");
        }
        if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
            throw new Invalid(path, quoted(value) + " is not a time from 1970 to 9999");
        }
        return Database.timestamp(moment);
    }

    private static String optionalTime(String path, String value) throws Invalid {
        return value == null ? null : time(path, value);
    }

    private static String date(String path, String value) throws Invalid {
        if (value == null) {
            throw new Invalid(path, "missing");
        }
        try {
            LocalDate day = LocalDate.parse(value, DATE);
            if (day.getYear() < 1970) {
                throw new Invalid(path, quoted(value) + " is not a date from 1970 to 9999");
            }
            return day.toString();
        } catch (DateTimeParseException e) {
            throw new Invalid(path, quoted(value) + " is not a date like 2026-11-25");
        }
    }

    /** A value as the message shows it: cut to 40 characters, in quotes. */
    static String quoted(String value) {
        String shown = value.codePointCount(0, value.length()) > 40
                ? value.substring(0, value.offsetByCodePoints(0, 40)) + "\u2026" : value;
        return "'" + shown + "'";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) + ".0" : Double.toString(value);
    }
}
