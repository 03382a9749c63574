package jaga.learning;

import static org.assertj.core.api.Assertions.assertThat;

import jaga.content.ContentCatalog;
import jaga.content.ContentLoader;
import jaga.content.ContentModule;
import jaga.content.Step;
import jaga.model.Band;
import jaga.model.Language;
import jaga.progress.DataDirectory;
import jaga.progress.Database;
import jaga.model.Learner;
import jaga.testing.Modules;
import jaga.testing.RealServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a child did in a practice step is saved in the progress file and read back for the same content only. */
class StepWorkTest {

    @TempDir
    Path temp;

    private LearningService service(Database database, ContentCatalog catalog) {
        return RealServices.on(catalog, database).savingStepWork().learning;
    }

    @Test
    void workSavedInOneRunIsThereInTheNextForTheSameContentVersionOnly() {
        Modules.write(temp.resolve("content"), "too-good", Modules.validV1("too-good"));
        ContentCatalog catalog = new ContentLoader().load(List.of(temp.resolve("content")));
        ContentModule module = catalog.module("too-good").orElseThrow();
        Step step = module.lessons().get(0).steps().get(0);
        Step other = module.lessons().get(0).steps().get(1);
        StepWork chat = new StepWork(module.version(), 2, true, List.of("ask-why", "tell-dad"));
        Learner aina;
        try (Database database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC())) {
            LearningService learning = service(database, catalog);
            aina = learning.addLearner("Aina", "cat", Band.AGES_7_9, Language.MS);
            learning.saveStepWork(aina, module, step, new StepWork(module.version(), 0, false, List.of()));
            learning.saveStepWork(aina, module, step, chat); // replaces the first
            learning.saveStepWork(aina, module, other, new StepWork(module.version() + 1, 0, true, List.of("x")));
        }
        try (Database database = Database.open(DataDirectory.prepare(temp.resolve("data")), Clock.systemUTC())) {
            assertThat(service(database, catalog).stepWork(aina, module))
                    .as("work for another content version is not redrawn").containsOnly(java.util.Map.entry(step.id(), chat));
        }
    }

    @Test
    void anEncodedLineReadsBackAndAnythingElseIsIgnored() {
        StepWork answer = new StepWork(3, 0, true, List.of("a>b>c"));
        assertThat(StepWork.decode(answer.encode())).hasValue(answer);
        assertThat(StepWork.decode(new StepWork(1, 0, false, List.of()).encode())).hasValue(new StepWork(1, 0, false, List.of()));
        assertThat(StepWork.decode("true")).isEmpty();
        assertThat(StepWork.decode("2\u001f1\u001f0\u001f0")).as("a later format").isEmpty();
    }
}
