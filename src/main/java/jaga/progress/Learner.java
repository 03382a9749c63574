package jaga.progress;

/** A child who learns with Jaga on this computer. Band and locale are stored as their codes. */
public record Learner(long id, String displayName, String avatar, String band, String locale) {}
