package jaga.ui.plantedright;

import jaga.ui.plantedleft.PlantedLeft;

/** Test-only: the other half of the planted cycle (see {@link PlantedLeft}). */
public final class PlantedRight {
    public PlantedLeft left() {
        return new PlantedLeft();
    }
}
