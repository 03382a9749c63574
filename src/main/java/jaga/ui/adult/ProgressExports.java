package jaga.ui.adult;

import jaga.learning.report.ClassReport;
import jaga.learning.report.LearnerReport;
import jaga.ui.common.I18n;
import javafx.scene.Node;

/** The buttons that save a report or certificate, beside the dashboard they come from. */
public interface ProgressExports {
    Node classButtons(ClassReport report, I18n i18n);

    Node learnerButtons(LearnerReport report, I18n i18n);
}
