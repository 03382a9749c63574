package jaga.model;

/** A child who learns with Jaga on this computer, in their age band and language. */
public record Learner(long id, String displayName, String avatar, Band band, Language language) {}
