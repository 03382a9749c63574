package jaga.ui.plantedleft;

import jaga.ui.plantedright.PlantedRight;

/**
 * Test-only: one half of what the ui slices must never be, two screens' packages that use each
 * other. UiSliceCyclesTest shows the "ui slices free of cycles" rule catches this pair.
 */
public final class PlantedLeft {
    public PlantedRight right() {
        return new PlantedRight();
    }
}
