package app.headsup.ui.result;

import app.headsup.rules.Level;
import app.headsup.rules.facts.OilStatus;
import app.headsup.screening.Verdict;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The plain words and icons the UI uses for verdicts, levels and oil statuses: never colour alone. */
public final class Words {

    private Words() {}

    public static String verdict(Verdict verdict) {
        return verdict.words();
    }

    public static VaadinIcon icon(Verdict verdict) {
        return switch (verdict) {
            case PROCEED -> VaadinIcon.CHECK_CIRCLE;
            case PROCEED_WITH_CHANGES -> VaadinIcon.ADJUST;
            case POSTPONE -> VaadinIcon.CLOCK;
            case SEE_DOCTOR_FIRST -> VaadinIcon.EXCLAMATION_CIRCLE;
        };
    }

    public static String level(Level level) {
        return level.words();
    }

    public static String oilStatus(OilStatus status) {
        return status.words();
    }
}
