package jaga.learning;

import jaga.content.Choice;
import jaga.content.LocalizedText;

/** What the learner sees after answering: whether it was right, why, and the right choice. */
public record AnswerFeedback(boolean correct, LocalizedText choiceFeedback, LocalizedText explanation, Choice correctChoice) {}
