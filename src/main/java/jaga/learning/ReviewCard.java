package jaga.learning;

import jaga.content.LocalizedText;

/** One thing to remember, come back for review today: from a lesson's key points. */
public record ReviewCard(String moduleId, String itemId, LocalizedText text, int box) {}
