package jaga;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The rule that the ui slices ({@code jaga.ui.adult}, {@code jaga.ui.profiles}, ... each with its
 * sub-packages) use each other without cycles, so each screen area can be read, changed and tested
 * on its own; ArchitectureTest checks it on the production classes, this test shows it fails on a
 * planted cycle (a rule never seen to fail would guard nothing).
 */
class UiSliceCyclesTest {

    static final ArchRule UI_SLICES_FREE_OF_CYCLES = SlicesRuleDefinition.slices().matching("jaga.ui.(*)..")
            .namingSlices("ui.$1").should().beFreeOfCycles();

    @Test
    void theRuleCatchesTwoUiPackagesThatUseEachOther() {
        JavaClasses planted = new ClassFileImporter().importClasses(
                jaga.ui.plantedleft.PlantedLeft.class, jaga.ui.plantedright.PlantedRight.class);
        assertThatThrownBy(() -> UI_SLICES_FREE_OF_CYCLES.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ui.plantedleft")
                .hasMessageContaining("ui.plantedright")
                .hasMessageContaining("jaga.ui.plantedleft.PlantedLeft")
                .hasMessageContaining("jaga.ui.plantedright.PlantedRight");
    }
}
