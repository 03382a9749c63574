package jaga.learning.report;

/** One finished quiz: the module, when (ISO-8601 UTC), the score (0-100) and whether it passed. */
public record ScorePoint(ModuleInfo module, String finishedAt, int scorePercent, boolean passed) {}
