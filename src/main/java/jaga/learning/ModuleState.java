package jaga.learning;

/** Where a learner is with a module, as shown on its card. */
public enum ModuleState { NOT_STARTED, IN_PROGRESS, DONE }
