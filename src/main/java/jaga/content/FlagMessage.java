package jaga.content;

/** A message in a spot-the-flags thread: whether it is a red flag, and why (shown after checking). */
public record FlagMessage(String id, String from, LocalizedText text, boolean flag, LocalizedText why) {}
