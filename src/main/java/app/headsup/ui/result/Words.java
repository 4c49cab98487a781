package app.headsup.ui.result;

import app.headsup.rules.Level;
import app.headsup.rules.facts.OilStatus;
import app.headsup.screening.Verdict;
import app.headsup.words.CodeWords;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The words (from the text table) and icons the UI uses for verdicts, levels and oil statuses: never colour alone. */
public final class Words {

    private Words() {}

    public static String verdict(Verdict verdict) {
        return CodeWords.english().verdict(verdict);
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
        return CodeWords.english().level(level);
    }

    public static String oilStatus(OilStatus status) {
        return CodeWords.english().oilStatus(status);
    }
}
