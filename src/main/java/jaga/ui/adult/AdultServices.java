package jaga.ui.adult;

import jaga.learning.Classroom;
import jaga.learning.report.ReportService;
import jaga.progress.AdultPin;
import java.time.Clock;

/** What the adult area works with: the PIN, learners and classes, the reports, and the clock for its lock. */
public record AdultServices(AdultPin pin, Classroom classroom, ReportService reports, Clock clock) {}
