package app.headsup.ui.result;

import app.headsup.screening.Verdict;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The icon beside each verdict's words (never colour alone); the words are {@code CodeWords}'. */
public final class VerdictIcon {

    private VerdictIcon() {}

    public static VaadinIcon of(Verdict verdict) {
        return switch (verdict) {
            case PROCEED -> VaadinIcon.CHECK_CIRCLE;
            case PROCEED_WITH_CHANGES -> VaadinIcon.ADJUST;
            case POSTPONE -> VaadinIcon.CLOCK;
            case SEE_DOCTOR_FIRST -> VaadinIcon.EXCLAMATION_CIRCLE;
        };
    }
}
