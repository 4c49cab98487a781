package app.headsup.intake.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import app.headsup.intake.audit.AuditLog;

/** Counts failed sign-ins for the {@link LoginLimit} and writes every sign-in to the audit log. */
@Component
class SignInEvents {

    private final LoginLimit limit;
    private final AuditLog audit;

    SignInEvents(LoginLimit limit, AuditLog audit) {
        this.limit = limit;
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        limit.failed(name);
        // The name typed may be a mistyped password: the log keeps only that a sign-in failed.
        audit.record("anonymous", "SIGN_IN_FAILED", "sign-in");
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        limit.succeeded(name);
        audit.record(name, "SIGNED_IN", "account " + name);
    }
}
