package app.headsup.intake.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words, at the end of a failed start, what is wrong with the first-admin settings. */
public class FirstAdminFailure extends AbstractFailureAnalyzer<FirstAdminException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdminException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set HEADSUP_ADMIN_USERNAME (3 to 80 letters, digits, dots, "
                + "dashes or underscores) and HEADSUP_ADMIN_PASSWORD (12 to 72 bytes), or leave both out; see the "
                + "README, \"Therapists\".", cause);
    }
}
