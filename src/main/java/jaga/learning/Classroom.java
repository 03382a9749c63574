package jaga.learning;

import jaga.model.Band;
import jaga.content.ContentCatalog;
import jaga.content.ContentModule;
import jaga.model.Language;
import jaga.progress.ClassRepository;
import jaga.progress.ClassRepository.SchoolClass;
import jaga.model.Learner;
import jaga.progress.LearnerRepository;
import jaga.progress.LearnerRepository.LearnerProfile;
import jaga.progress.ModuleAssignmentRepository;
import jaga.progress.Names;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the adult area does with learners and classes: add, edit, archive and delete learners,
 * picture locks, classes and who is in them, which modules a class or learner is shown, and class
 * rosters from CSV. The screens and the command line both come through here.
 */
public final class Classroom {
    private final ContentCatalog catalog;
    private final LearnerRepository learners;
    private final ClassRepository classes;
    private final ModuleAssignmentRepository assignments;
    private final RosterImport rosterImport;

    public Classroom(ContentCatalog catalog, LearnerRepository learners, ClassRepository classes,
                     ModuleAssignmentRepository assignments) {
        this.catalog = catalog;
        this.learners = learners;
        this.classes = classes;
        this.assignments = assignments;
        this.rosterImport = new RosterImport(learners, classes);
    }

    // ------------------------------------------------------------------ learners

    /** A learner as the adult area lists them. */
    public record LearnerRow(LearnerProfile learner, List<String> classNames, boolean pictureLocked) {}

    /** Everyone, archived too, in the order added, with the names of their classes. */
    public List<LearnerRow> learners() {
        Map<Long, List<SchoolClass>> memberships = classes.memberships();
        Set<Long> locked = learners.pictureLocked();
        return learners.profiles().stream()
                .map(p -> new LearnerRow(p, memberships.getOrDefault(p.id(), List.of()).stream()
                        .map(SchoolClass::name).toList(), locked.contains(p.id())))
                .toList();
    }

    public Learner addLearner(String name, String avatar, Band band, Language language) {
        return learners.create(checkedName(name), avatar, childBand(band), Objects.requireNonNull(language));
    }

    public void editLearner(long learnerId, String name, String avatar, Band band, Language language) {
        learners.update(learnerId, checkedName(name), avatar, childBand(band), Objects.requireNonNull(language));
    }

    public void archiveLearner(long learnerId, boolean archived) {
        learners.setArchived(learnerId, archived);
    }

    /** Deletes the learner and everything of theirs; says what went, for the adult to see. */
    public LearnerRepository.Deleted deleteLearner(long learnerId) {
        return learners.delete(learnerId);
    }

    /** Sets the learner's picture lock: {@link PictureLock#LENGTH} pictures from {@link PictureLock#PICTURES}. */
    public void setPictureLock(long learnerId, List<String> pictures) {
        if (!PictureLock.isValid(pictures)) {
            throw new IllegalArgumentException("a picture lock is " + PictureLock.LENGTH + " pictures from the set");
        }
        learners.setPictureLock(learnerId, pictures);
    }

    public void clearPictureLock(long learnerId) {
        learners.setPictureLock(learnerId, List.of());
    }

    // ------------------------------------------------------------------ classes

    /** A class with its members (by name, in the order they were added) and its module choices. */
    public record ClassRow(SchoolClass schoolClass, List<LearnerProfile> members, Set<Band> bands,
                           Map<String, Boolean> modules) {}

    public List<ClassRow> classes() {
        Map<Long, LearnerProfile> everyone = learners.profiles().stream()
                .collect(Collectors.toMap(LearnerProfile::id, p -> p));
        return classes.classes().stream().map(c -> new ClassRow(c,
                classes.members(c.id()).stream().map(everyone::get).toList(),
                bands(assignments.classBands(c.id())), assignments.classModules(c.id()))).toList();
    }

    public SchoolClass createClass(String name) {
        return classes.create(checkedClassName(name));
    }

    public void renameClass(long classId, String name) {
        classes.rename(classId, checkedClassName(name));
    }

    /** An archived class keeps its members; its module choices stop applying. */
    public void archiveClass(long classId, boolean archived) {
        classes.setArchived(classId, archived);
    }

    /** The class and its module choices go; its learners and their progress stay. */
    public void deleteClass(long classId) {
        classes.delete(classId);
    }

    /** Makes the class's members exactly these learners. */
    public void setMembers(long classId, Collection<Long> learnerIds) {
        classes.setMembers(classId, learnerIds);
    }

    // ------------------------------------------------------------------ module assignment

    /** The age bands whose modules the class sees; none: each learner's own band. */
    public void setClassBands(long classId, Set<Band> bands) {
        assignments.setClassBands(classId, bands.stream().map(b -> childBand(b).code()).toList());
    }

    /** Modules the class is shown (true) or not shown (false) whatever its bands; replaces earlier choices. */
    public void setClassModules(long classId, Map<String, Boolean> modules) {
        assignments.setClassModules(classId, learnerModules(modules));
    }

    /** The same for one learner; it beats their classes. */
    public void setLearnerModules(long learnerId, Map<String, Boolean> modules) {
        assignments.setLearnerModules(learnerId, learnerModules(modules));
    }

    public Map<String, Boolean> learnerModuleChoices(long learnerId) {
        return assignments.learnerModules(learnerId);
    }

    /** The modules this learner is shown on their home screen, after every class and learner choice. */
    public List<ContentModule> shownModules(long learnerId) {
        LearnerProfile learner = learners.profiles().stream().filter(p -> p.id() == learnerId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no learner number " + learnerId));
        return ModuleChoices.shown(catalog.modules(), learner.band(), assignments.choicesFor(learnerId));
    }

    /** The learner modules an adult can assign, topic by topic and band by band. */
    public List<ContentModule> assignableModules() {
        return catalog.modules().stream().filter(ContentModule::forLearners)
                .sorted(Comparator.comparing((ContentModule m) -> m.topic().ordinal())
                        .thenComparing(m -> m.band().ordinal()))
                .toList();
    }

    // ------------------------------------------------------------------ roster

    /** Reads a roster file and checks it against who is here (see {@link RosterImport#preview(Path)}). */
    public RosterImport.Preview previewRoster(Path file) {
        return rosterImport.preview(file);
    }

    public RosterImport.Preview previewRoster(byte[] bytes) {
        return rosterImport.preview(bytes);
    }

    /** Imports the preview's good rows, all or nothing (see {@link RosterImport#apply}). */
    public RosterImport.Result importRoster(RosterImport.Preview preview, boolean skipInvalid, Language language) {
        return rosterImport.apply(preview, skipInvalid, language);
    }

    // ------------------------------------------------------------------ checks

    private static String checkedName(String name) {
        String clean = Names.clean(name);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a learner needs a name");
        }
        if (clean.codePointCount(0, clean.length()) > Roster.MAX_NAME) {
            throw new IllegalArgumentException("a name is at most " + Roster.MAX_NAME + " characters");
        }
        return clean;
    }

    private static String checkedClassName(String name) {
        String clean = Names.clean(name);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a class needs a name");
        }
        if (clean.codePointCount(0, clean.length()) > Roster.MAX_CLASS_NAME) {
            throw new IllegalArgumentException("a class name is at most " + Roster.MAX_CLASS_NAME + " characters");
        }
        return clean;
    }

    private static Band childBand(Band band) {
        if (band == null || band == Band.ADULTS) {
            throw new IllegalArgumentException("a learner's band is 7-9, 10-12 or 13-17");
        }
        return band;
    }

    private static Set<Band> bands(Set<String> codes) {
        Set<Band> result = new LinkedHashSet<>();
        codes.forEach(code -> Band.fromCode(code).ifPresent(result::add));
        return result;
    }

    /** Only learner modules can be assigned; ids of modules not loaded now are kept (they may come back). */
    private Map<String, Boolean> learnerModules(Map<String, Boolean> modules) {
        for (String id : modules.keySet()) {
            catalog.module(id).filter(m -> !m.forLearners()).ifPresent(m -> {
                throw new IllegalArgumentException(id + " is a parent guide, not a learner module");
            });
        }
        return modules;
    }
}
