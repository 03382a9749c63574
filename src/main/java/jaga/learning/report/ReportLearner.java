package jaga.learning.report;

import jaga.model.Band;
import jaga.model.Language;

/** A learner as a report names them: Jaga's number (#id), name, age band and language. */
public record ReportLearner(long id, String name, Band band, Language language) {}
