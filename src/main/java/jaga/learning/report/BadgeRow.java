package jaga.learning.report;

/** A badge earned for passing a module's quiz, with when (ISO-8601 UTC). */
public record BadgeRow(ModuleInfo module, String earnedAt) {}
