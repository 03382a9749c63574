package jaga.learning;

import jaga.content.ContentModule;
import java.util.OptionalInt;

/** A module as one learner sees it: its state, and the best quiz score once there is one. */
public record ModuleOverview(ContentModule module, ModuleState state, OptionalInt bestScore) {}
