package jaga.learning.report;

/** A module the learner passed, and when they first passed it (ISO-8601 UTC): one printable certificate. */
public record Certificate(ReportLearner learner, ModuleInfo module, String passedAt) {}
