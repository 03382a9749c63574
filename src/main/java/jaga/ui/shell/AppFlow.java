package jaga.ui.shell;

import jaga.content.ContentModule;
import jaga.learning.AdultPin;
import jaga.learning.LearningService;
import jaga.learning.WhoIsLearning;
import jaga.model.Language;
import jaga.model.Learner;
import jaga.ui.adult.AdultAreaView;
import jaga.ui.adult.AdultAreaViewModel;
import jaga.progress.hub.HubLink;
import jaga.ui.adult.AdultServices;
import jaga.ui.adult.HubView;
import jaga.ui.adult.HubViewModel;
import jaga.ui.adult.ClassesView;
import jaga.ui.adult.ContentReportView;
import jaga.ui.adult.GuidesView;
import jaga.ui.adult.LearnersView;
import jaga.ui.adult.PinGateViewModel;
import jaga.ui.adult.ProgressView;
import jaga.ui.adult.ProjectorStartView;
import jaga.ui.projector.ProjectorView;
import jaga.ui.projector.ProjectorViewModel;
import jaga.ui.adult.ProgressViewModel;
import jaga.ui.adult.FamilyFilesView;
import jaga.ui.adult.FamilyFilesViewModel;
import jaga.ui.adult.ReportExports;
import jaga.ui.common.Background;
import jaga.ui.common.DisplaySettings;
import jaga.ui.common.I18n;
import jaga.ui.common.Problems;
import jaga.ui.common.Tasks;
import jaga.ui.common.Navigator;
import jaga.ui.common.Session;
import jaga.ui.home.HomeView;
import jaga.ui.home.HomeViewModel;
import jaga.ui.lesson.LessonView;
import jaga.ui.lesson.LessonViewModel;
import jaga.ui.profiles.ProfilesView;
import jaga.ui.profiles.ProfilesViewModel;
import jaga.ui.quiz.QuizView;
import jaga.ui.quiz.QuizViewModel;
import jaga.learning.AutoReadSettings;
import jaga.ui.speech.ReadAloud;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The child's path through the app: who's learning, their lessons, a lesson, its quiz, back.
 * "Who is learning?" works from the progress file alone, so it can show before the lessons are
 * loaded; everything after it waits for {@link #ready} (issue 21).
 */
public final class AppFlow {
    private final WhoIsLearning whoIsLearning;
    private final AdultPin pin;
    /** Null until {@link #ready}: the lessons and the adult area's services. */
    private LearningService learning;
    private AdultServices adult;
    /** What was asked for before {@link #ready} (only the latest request counts), or null. */
    private Runnable whenReady;
    /** Why the lessons could not be loaded, or null. */
    private Throwable failure;
    private final Background background;
    private final I18n i18n;
    private final Navigator navigator;
    private final Session session;
    private final DisplaySettings display;
    private final ReadAloud readAloud;
    private final AutoReadSettings autoRead;
    private final HubStatusLine hubStatus;
    /** Starting a quiz and remembering a child's choices; a failure shows the problem screen. */
    private final Tasks tasks;

    /**
     * A flow whose lessons and adult area come later, through {@link #ready}.
     *
     * @param pin       the adult PIN, the same one the adult area's services hold
     * @param readAloud speech for the screens, or null for none
     * @param autoRead  each learner's auto-read setting, or null to leave it off
     * @param hubStatus the school hub's status line, told when a child's work is being brought
     */
    public AppFlow(WhoIsLearning whoIsLearning, AdultPin pin, Background background, I18n i18n, Navigator navigator,
                   Session session, DisplaySettings display, ReadAloud readAloud, AutoReadSettings autoRead,
                   HubStatusLine hubStatus) {
        this.whoIsLearning = whoIsLearning;
        this.pin = pin;
        this.hubStatus = hubStatus;
        this.readAloud = readAloud;
        this.autoRead = autoRead;
        this.display = display;
        this.background = background;
        this.tasks = new Tasks(background, "child's path", this::showError);
        this.i18n = i18n;
        this.navigator = navigator;
        this.session = session;
    }

    /** The class chosen on "Who is learning?", kept for the next child while Jaga runs. */
    private final ProfilesViewModel.Remembered profilesChoice = new ProfilesViewModel.Remembered();

    /** The lessons and the adult area are here: what was asked for before now happens. */
    public void ready(LearningService learning, AdultServices adult) {
        this.learning = learning;
        this.adult = adult;
        Runnable waiting = whenReady;
        whenReady = null;
        if (waiting != null) {
            waiting.run();
        }
    }

    /** The lessons could not be loaded: from now on what needs them shows why, instead of waiting. */
    public void failed(Throwable failure) {
        this.failure = failure;
        whenReady = null;
    }

    /** Runs {@code then} now if the lessons are loaded, else says they are coming and runs it once they are. */
    private void whenReady(Runnable then) {
        if (learning != null) {
            then.run();
            return;
        }
        quiet();
        if (failure != null) {
            showError(failure);
            return;
        }
        whenReady = then;
        navigator.show(LoadingScreen.of(i18n, "lessonsLoading"));
    }

    public void showProfiles() {
        showProfiles(null);
    }

    /**
     * "Who is learning?"; with {@code everyone} already read (at start-up) the screen shows them in
     * its first frame, else it reads them.
     */
    public void showProfiles(WhoIsLearning.Everyone everyone) {
        quiet();
        whenReady = null; // a child who was waiting went back
        session.learnerProperty().set(null);
        session.adultAreaProperty().set(false);
        if (adult != null) {
            adult.hub().follow(null);
        }
        ProfilesViewModel model = new ProfilesViewModel(whoIsLearning, pin, background, profilesChoice, this::startAs);
        model.setOnSetUpClass(() -> showAdultArea(AdultAreaViewModel.Section.LEARNERS, true));
        navigator.show(new ProfilesView(model, i18n));
        if (everyone != null) {
            model.show(everyone);
        } else {
            model.load();
        }
    }

    /** The adult area, behind the PIN: it locks again when left or after five idle minutes. */
    public void showAdultArea() {
        showAdultArea(null, false);
    }

    /**
     * The adult area open on {@code start} (or where it opens by itself, for null); {@code pinJustGiven}
     * when the adult has just set or given the PIN on another screen, so it is not asked again.
     */
    private void showAdultArea(AdultAreaViewModel.Section start, boolean pinJustGiven) {
        whenReady(() -> openAdultArea(start, pinJustGiven));
    }

    private void openAdultArea(AdultAreaViewModel.Section start, boolean pinJustGiven) {
        quiet();
        session.learnerProperty().set(null);
        session.adultAreaProperty().set(true);
        AdultAreaViewModel model = new AdultAreaViewModel(new PinGateViewModel(pin, background), adult.clock(),
                this::showProfiles);
        // The side bar lists sections in the enum's order.
        Map<AdultAreaViewModel.Section, Supplier<Node>> sections = new EnumMap<>(AdultAreaViewModel.Section.class);
        sections.put(AdultAreaViewModel.Section.FAMILY, () -> {
            ProgressViewModel progress = new ProgressViewModel(adult.reports(), adult.classroom(), background,
                    new ProgressViewModel.FromHub() {
                        @Override
                        public void classes() {
                            adult.hub().bringClassLists();
                        }

                        @Override
                        public void everyone() {
                            adult.hub().bringEveryone();
                        }

                        @Override
                        public void oneClass(long classId) {
                            adult.hub().bringClasses(java.util.List.of(classId));
                        }

                        @Override
                        public void oneLearner(long learnerId) {
                            adult.hub().bringLearner(learnerId);
                        }
                    }, adult.places());
            ProgressView view = new ProgressView(progress, i18n,
                    new ReportExports(adult.reports(), background, adult.files()));
            progress.load();
            return view;
        });
        sections.put(AdultAreaViewModel.Section.LEARNERS,
                () -> LearnersView.section(adult.classroom(), background, i18n, adult.files(),
                        () -> adult.hub().bringRoster() != HubLink.Freshness.ONLY_THIS_COMPUTER));
        sections.put(AdultAreaViewModel.Section.CLASSES,
                () -> ClassesView.section(adult.classroom(), background, i18n, adult.places()));
        sections.put(AdultAreaViewModel.Section.FILES, () -> new FamilyFilesView(new FamilyFilesViewModel(adult.transfer(),
                background, java.time.Clock.systemDefaultZone(), FamilyFilesViewModel.systemComputerName()), i18n,
                adult.files()));
        sections.put(AdultAreaViewModel.Section.HUB, () -> {
            HubViewModel hubModel = new HubViewModel(adult.hub(), background);
            HubView view = new HubView(hubModel, i18n);
            hubModel.load();
            return view;
        });
        AdultAreaView[] area = new AdultAreaView[1];
        // The projector takes the whole window; leaving it comes back to the adult area still open.
        sections.put(AdultAreaViewModel.Section.PROJECTOR, () -> new ProjectorStartView(i18n,
                () -> navigator.show(new ProjectorView(new ProjectorViewModel(learning.catalog()), i18n, display, () -> {
                    model.noteActivity();
                    navigator.show(area[0]);
                }))));
        sections.put(AdultAreaViewModel.Section.GUIDES, () -> new GuidesView(learning.catalog(), i18n));
        sections.put(AdultAreaViewModel.Section.CONTENT, () -> new ContentReportView(learning.catalog(), i18n));
        area[0] = new AdultAreaView(model, i18n, sections);
        navigator.show(area[0]);
        if (pinJustGiven) {
            model.openGiven(start);
        } else {
            model.open();
        }
    }

    /**
     * On a computer paired with a school hub, first brings the child's work from other seats (at
     * most a couple of seconds); then their lessons, from what this computer has either way.
     */
    private void startAs(Learner learner) {
        whenReady(() -> bringWorkThenStart(learner));
    }

    private void bringWorkThenStart(Learner learner) {
        adult.hub().follow(learner.id());
        hubStatus.bringingProperty().set(true);
        // Not shown as a problem when it fails: the child goes on with what this computer has.
        new Tasks(background, "sign-in, bringing work from the hub").task(control -> adult.hub().bringLearner(learner.id()))
                .onSuccess(freshness -> {
                    hubStatus.bringingProperty().set(false);
                    hubStatus.onlyThisComputerProperty().set(freshness == HubLink.Freshness.ONLY_THIS_COMPUTER);
                    signedIn(learner);
                }).onFailure(failure -> {
                    hubStatus.bringingProperty().set(false);
                    signedIn(learner);
                }).start();
    }

    private void signedIn(Learner learner) {
        session.learnerProperty().set(learner);
        i18n.setLanguage(learner.language().code());
        if (readAloud != null) {
            readAloud.autoReadProperty().set(false);
            if (autoRead != null) {
                tasks.run(() -> autoRead.autoRead(learner), on -> {
                    if (session.learner() != null && session.learner().id() == learner.id()) { // still the same child
                        readAloud.autoReadProperty().set(on);
                    }
                });
            }
        }
        showHome();
    }

    /** Turns auto-read on or off for the learner now using Jaga, and remembers it for them. */
    public void setAutoRead(boolean on) {
        Learner learner = session.learner();
        if (readAloud == null || learner == null) {
            return;
        }
        readAloud.autoReadProperty().set(on);
        if (autoRead != null) {
            tasks.run(() -> autoRead.setAutoRead(learner, on));
        }
    }

    /** Speech belongs to the screen it was started on. */
    private void quiet() {
        if (readAloud != null) {
            readAloud.stop();
            readAloud.setPage(null);
        }
    }

    public void showHome() {
        quiet();
        HomeViewModel model = new HomeViewModel(learning, background, session.learner(), this::showLesson);
        navigator.show(new HomeView(model, i18n));
        model.load();
    }

    void showLesson(ContentModule module) {
        LessonViewModel model = new LessonViewModel(module, session.learner(), learning, background,
                () -> showQuiz(module), this::showHome);
        quiet();
        navigator.show(new LessonView(model, i18n, display, readAloud));
        model.load();
    }

    void showQuiz(ContentModule module) {
        Learner learner = session.learner();
        tasks.run(() -> learning.startQuiz(learner, module), quiz -> {
            QuizViewModel model = new QuizViewModel(quiz, background, this::showHome, () -> showQuiz(module));
            quiet();
            navigator.show(new QuizView(model, i18n, readAloud));
        });
    }

    /** Switches language for the whole window and remembers it for the learner. */
    public void toggleLanguage() {
        if (readAloud != null) {
            readAloud.stop();
        }
        Language next = i18n.toggleLanguage();
        Learner learner = session.learner();
        if (learner != null) {
            tasks.run(() -> learning.rememberLanguage(learner, next));
            session.learnerProperty().set(new Learner(learner.id(), learner.displayName(), learner.avatar(),
                    learner.band(), next));
        }
    }

    public void showError(Throwable failure) {
        Label message = new Label(Problems.text(failure, i18n));
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        message.setId("errorMessage");
        StackPane pane = new StackPane(message);
        pane.getStyleClass().addAll("screen", "error-screen");
        navigator.show(pane);
    }
}
