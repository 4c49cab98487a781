package app.headsup.intake.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Says in plain words, at the end of a failed start, what is wrong with the first-admin settings. Ahead of
 * Spring Boot's own analysis of a failed binding, which would print the password it was given.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirstAdminFailure extends AbstractFailureAnalyzer<FirstAdminException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdminException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set HEADSUP_ADMIN_USERNAME (3 to 80 letters, digits, dots, "
                        + "dashes or underscores) and HEADSUP_ADMIN_PASSWORD (12 to 72 bytes), or leave both out; see "
                        + "docs/therapists.md.",
                cause);
    }
}
