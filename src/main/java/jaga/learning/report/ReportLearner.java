package jaga.learning.report;

/** A learner as a report names them: Jaga's number (#id), name, age band code and language code. */
public record ReportLearner(long id, String name, String band, String locale) {}
