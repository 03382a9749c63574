package jaga.learning;

import jaga.content.Question;

/** A quiz question with the answer the learner gave, as saved, and how it was marked. */
public record AnsweredQuestion(Question question, Response response, AnswerFeedback feedback) {}
