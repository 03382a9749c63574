package jaga.ui.profiles;

import jaga.model.Band;
import jaga.learning.Classroom;
import jaga.learning.LearningService;
import jaga.learning.PictureLock;
import jaga.model.Language;
import jaga.learning.AdultPin;
import jaga.model.Learner;
import jaga.ui.common.Avatars;
import jaga.ui.adult.PinGateViewModel;
import jaga.ui.common.Background;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Who's learning?": children tap their picture. Adding a learner is an adult's task: the
 * first time, the adult sets a PIN (and is shown a recovery code once); after that, the PIN.
 *
 * <p>In a computer lab 35 or more children share the screen, so learners are listed by name
 * (in the screen's language's alphabetical order, ignoring case), can be narrowed to one class,
 * and found by typing part of a name. A family with a few children and no classes sees only
 * the pictures, as before ({@link #labProperty()}).
 */
public final class ProfilesViewModel {

    /** What the screen shows: the pictures, the adult's PIN, or the new-learner form. */
    public enum Mode { CHOOSE, PICTURE_LOCK, ADULT_PIN, FIRST_USE, ADD_LEARNER }

    /** From this many learners (or with any class) the screen offers the class filter and search. */
    public static final int LAB_SIZE = 10;

    /**
     * One learner's picture on the screen. {@code classNames} are the learner's classes (not
     * archived); {@code tellApart} says what to show under the name because another learner has
     * the same name: their class, else their age band, else their number (as `jaga learners` lists it).
     */
    public record Tile(Learner learner, List<String> classNames, TellApart tellApart) {
        public Tile {
            classNames = List.copyOf(classNames);
        }
    }

    /** What tells a learner from another of the same name, shown under the name. */
    public enum TellApart { NOTHING, CLASS, BAND, NUMBER }

    /**
     * The class chosen on the screen, kept while Jaga runs: the next child in the same lab
     * lesson finds their class already chosen. (The search is not kept: it is the last child's.)
     */
    public static final class Remembered {
        private String className;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u02BC]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u00A0_.,]+");

    private final LearningService learning;
    private final Classroom classroom;
    private final Remembered remembered;
    private final PinGateViewModel gate;
    private final Background background;
    private final Consumer<Learner> onChosen;

    private final ObservableList<Learner> learners = FXCollections.observableArrayList();
    private Map<Long, List<String>> classesOf = Map.of();
    private final ObservableList<Tile> shown = FXCollections.observableArrayList();
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    /** The chosen class by name, or null for everyone. */
    private final ObjectProperty<String> classFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>("en");
    private final BooleanProperty lab = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CHOOSE);
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newAvatar = new SimpleStringProperty(Avatars.ALL.get(0).id());
    private final ObjectProperty<Band> newBand = new SimpleObjectProperty<>(Band.AGES_10_12);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding canSave = Bindings.createBooleanBinding(() -> !newName.get().isBlank(), newName);
    private Set<Long> pictureLocked = Set.of();
    private Runnable onSetUpClass;
    private final ObjectProperty<Learner> unlocking = new SimpleObjectProperty<>();
    private final ObservableList<String> tapped = FXCollections.observableArrayList();
    private final BooleanProperty tryAgain = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();

    /** Without classes: every learner in one list (a family's computer). */
    public ProfilesViewModel(LearningService learning, AdultPin pin, Background background, Consumer<Learner> onChosen) {
        this(learning, null, pin, background, new Remembered(), onChosen);
    }

    /**
     * @param classroom  where the learners' classes come from, or null for none
     * @param remembered the class chosen last time this screen showed, kept by whoever outlives the screen
     */
    public ProfilesViewModel(LearningService learning, Classroom classroom, AdultPin pin, Background background,
                             Remembered remembered, Consumer<Learner> onChosen) {
        this.learning = learning;
        this.classroom = classroom;
        this.remembered = remembered;
        this.gate = new PinGateViewModel(pin, background);
        this.background = background;
        this.onChosen = onChosen;
        classFilter.addListener((obs, old, now) -> {
            remembered.className = now;
            refresh();
        });
        search.addListener((obs, old, now) -> refresh());
        language.addListener((obs, old, now) -> refresh());
        learners.addListener((javafx.collections.ListChangeListener<Learner>) change -> refresh());
    }

    private record Loaded(List<Learner> learners, Set<Long> locked, Map<Long, List<String>> classesOf) {}

    public void load() {
        background.run(() -> new Loaded(learning.learners(), learning.pictureLocked(), classesOfLearners()), result -> {
            pictureLocked = result.locked();
            classesOf = result.classesOf();
            // Only classes with someone to show: a class whose learners are all archived is not offered.
            Set<Long> active = result.learners().stream().map(Learner::id).collect(Collectors.toSet());
            classNames.setAll(result.classesOf().entrySet().stream().filter(e -> active.contains(e.getKey()))
                    .flatMap(e -> e.getValue().stream())
                    .collect(Collectors.toCollection(() -> new TreeSet<>(collator()))));
            String last = remembered.className;
            classFilter.set(last != null && classNames.contains(last) ? last : null);
            learners.setAll(result.learners());
            loaded.set(true);
            if (result.learners().isEmpty()) {
                startAdding(); // first run: the adult sets up Jaga
            }
        }, failure -> error.set(failure.getMessage()));
    }

    /** Learner id to the names of their classes that are in use (archived classes are left out). */
    private Map<Long, List<String>> classesOfLearners() {
        Map<Long, List<String>> result = new HashMap<>();
        if (classroom == null) {
            return result;
        }
        for (Classroom.ClassRow row : classroom.classes()) {
            if (row.schoolClass().archived()) {
                continue;
            }
            for (var member : row.members()) {
                if (member != null) {
                    result.computeIfAbsent(member.id(), id -> new ArrayList<>()).add(row.schoolClass().name());
                }
            }
        }
        return result;
    }

    private Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language.get() == null ? "en" : language.get()));
        collator.setStrength(Collator.SECONDARY); // "aina" and "Aina" sort together; accents still count
        return collator;
    }

    /** Works out the pictures shown: the chosen class, the search, in alphabetical order. */
    private void refresh() {
        lab.set(learners.size() >= LAB_SIZE || !classNames.isEmpty());
        String chosenClass = classFilter.get();
        List<String> words = words(search.get());
        Map<String, List<Learner>> sameName = learners.stream()
                .collect(Collectors.groupingBy(l -> folded(l.displayName())));
        Collator collator = collator();
        List<Tile> tiles = learners.stream()
                .filter(l -> chosenClass == null || classesOf(l).contains(chosenClass))
                .filter(l -> matches(l.displayName(), words))
                .sorted(Comparator.comparing((Learner l) -> l.displayName(), collator).thenComparingLong(Learner::id))
                .map(l -> new Tile(l, classesOf(l), tellApart(l, sameName.get(folded(l.displayName())))))
                .toList();
        shown.setAll(tiles);
    }

    private List<String> classesOf(Learner learner) {
        return classesOf.getOrDefault(learner.id(), List.of());
    }

    /** What, if anything, tells this learner from the others of the same name. */
    private TellApart tellApart(Learner learner, List<Learner> namesakes) {
        if (namesakes == null || namesakes.size() < 2) {
            return TellApart.NOTHING;
        }
        List<Learner> others = namesakes.stream().filter(o -> o.id() != learner.id()).toList();
        if (others.stream().noneMatch(o -> classesOf(o).equals(classesOf(learner))) && !classesOf(learner).isEmpty()) {
            return TellApart.CLASS;
        }
        if (others.stream().noneMatch(o -> o.band().equals(learner.band()))) {
            return TellApart.BAND;
        }
        return TellApart.NUMBER;
    }

    /** True when every word typed is part of the name, ignoring case, accents and apostrophes. */
    static boolean matches(String name, List<String> words) {
        String folded = folded(name);
        return words.stream().allMatch(folded::contains);
    }

    private static List<String> words(String typed) {
        String folded = folded(typed == null ? "" : typed);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /**
     * A name as searched: lower case, accents off (é, ñ, ü as e, n, u; only Latin accents, so
     * Tamil vowel signs stay), apostrophes dropped (Mu'az as muaz), hyphens and runs of spaces as one space.
     */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        plain = SEPARATORS.matcher(plain).replaceAll(" ").strip();
        return Normalizer.normalize(plain.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Back to everyone in every class, with nothing typed. */
    public void showEveryone() {
        search.set("");
        classFilter.set(null);
    }

    /** A child tapped their face: their lessons open, or first their picture lock if they have one. */
    public void choose(Learner learner) {
        if (pictureLocked.contains(learner.id())) {
            unlocking.set(learner);
            tapped.clear();
            tryAgain.set(false);
            mode.set(Mode.PICTURE_LOCK);
        } else {
            signIn(learner);
        }
    }

    private void signIn(Learner learner) {
        search.set(""); // the next child does not find the last one's name typed
        onChosen.accept(learner);
    }

    /**
     * One tap on the picture lock. After {@link PictureLock#LENGTH} taps the sequence is checked:
     * right opens the learner's lessons; wrong just says "try again", never which picture was wrong.
     */
    public void tapPicture(String picture) {
        Learner learner = unlocking.get();
        if (learner == null || checking.get() || tapped.size() >= PictureLock.LENGTH) {
            return;
        }
        tryAgain.set(false);
        tapped.add(picture);
        if (tapped.size() < PictureLock.LENGTH) {
            return;
        }
        List<String> sequence = List.copyOf(tapped);
        checking.set(true);
        background.run(() -> learning.unlocks(learner, sequence), opened -> {
            checking.set(false);
            tapped.clear();
            if (opened) {
                unlocking.set(null);
                mode.set(Mode.CHOOSE);
                signIn(learner);
            } else {
                tryAgain.set(true);
            }
        }, failure -> {
            checking.set(false);
            tapped.clear();
            error.set(failure.getMessage());
        });
    }

    /** Back to "Who is learning?" from the picture lock. */
    public void leavePictureLock() {
        unlocking.set(null);
        tapped.clear();
        tryAgain.set(false);
        mode.set(Mode.CHOOSE);
    }

    /**
     * "Add a learner": the adult sets a PIN the first time, and gives it after that. On a computer
     * with nobody on it yet, they are first asked whether it is for their children or for a class,
     * when something can set up a class ({@link #setOnSetUpClass}).
     */
    public void startAdding() {
        error.set("");
        mode.set(Mode.ADULT_PIN);
        gate.open(() -> {
            if (learners.isEmpty() && onSetUpClass != null) {
                mode.set(Mode.FIRST_USE);
            } else {
                startForm();
            }
        });
    }

    /** Where a teacher goes to set up a class (the adult area's learners and class lists), the PIN just given. */
    public void setOnSetUpClass(Runnable onSetUpClass) {
        this.onSetUpClass = onSetUpClass;
    }

    /** First use, for a family: the form for the first child. */
    public void forMyChildren() {
        startForm();
    }

    /** First use, for a school: the class lists, without asking for the PIN again. */
    public void forAClass() {
        gate.close();
        onSetUpClass.run();
    }

    private void startForm() {
        newName.set("");
        mode.set(Mode.ADD_LEARNER);
    }

    public void cancel() {
        if (!learners.isEmpty()) {
            gate.close();
            mode.set(Mode.CHOOSE);
        }
    }

    /** Saves the new learner and goes straight to their lessons. */
    public void save(String language) {
        if (!canSave.get()) {
            return;
        }
        String name = newName.get().strip();
        String avatar = newAvatar.get();
        Band band = newBand.get();
        background.run(() -> learning.addLearner(name, avatar, band, Language.parse(language)), learner -> {
            learners.add(learner);
            mode.set(Mode.CHOOSE);
            onChosen.accept(learner);
        }, failure -> error.set(failure.getMessage()));
    }

    public ObservableList<Learner> learners() {
        return learners;
    }

    /** The pictures shown: the chosen class and the search applied, in alphabetical order. */
    public ObservableList<Tile> shownLearners() {
        return shown;
    }

    /** The classes in use, in alphabetical order (empty on a family's computer). */
    public ObservableList<String> classNames() {
        return classNames;
    }

    /** The class whose learners are shown, by name, or null for everyone. */
    public ObjectProperty<String> classFilterProperty() {
        return classFilter;
    }

    /** Part of a name, typed by the child. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The screen's language, for the alphabetical order ("en" or "ms"). */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    /** True with many learners or any class: the screen offers the class filter and search. */
    public BooleanProperty labProperty() {
        return lab;
    }

    /** The learner whose picture lock is showing, else null. */
    public ObjectProperty<Learner> unlockingProperty() {
        return unlocking;
    }

    /** Pictures tapped so far on the lock; the screen shows only how many. */
    public ObservableList<String> tappedPictures() {
        return tapped;
    }

    public BooleanProperty tryAgainProperty() {
        return tryAgain;
    }

    /** True while a picture sequence is being checked (the pictures wait). */
    public BooleanProperty checkingProperty() {
        return checking;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public PinGateViewModel gate() {
        return gate;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newAvatarProperty() {
        return newAvatar;
    }

    public ObjectProperty<Band> newBandProperty() {
        return newBand;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public static List<Band> childBands() {
        return List.of(Band.AGES_7_9, Band.AGES_10_12, Band.AGES_13_17);
    }
}
