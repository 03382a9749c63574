package jaga.ui.adult;

import jaga.progress.hub.HubLink;
import jaga.learning.Classroom;
import jaga.learning.report.ReportService;
import jaga.learning.AdultPin;
import jaga.progress.DataTransfer;
import jaga.ui.common.FileDialogs;
import jaga.ui.common.RememberedPlaces;
import java.time.Clock;

/**
 * What the adult area works with: the PIN, learners and classes, the reports, the clock for its
 * lock, the file dialogs for importing rosters and saving reports, and the export and import of work
 * files to move work between PCs without a hub, the school hub link, and where the adult was last
 * on this computer (the folder of the last file, the class the progress page showed).
 */
public record AdultServices(AdultPin pin, Classroom classroom, ReportService reports, Clock clock, FileDialogs files,
                            DataTransfer transfer, HubLink hub, RememberedPlaces places) {}
