package app.headsup.intake.account;

import app.headsup.intake.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins for the {@link LoginLimit} and writes every sign-in to the audit log. Only a
 * wrong password or an unknown name counts; a try refused because the name or address is paused does
 * not, so it never makes the pause longer.
 */
@Component
class SignInEvents {

    private final LoginLimit limit;
    private final AuditLog audit;
    private final NameHashes hashes;
    private final RefusedSignIns refused;

    SignInEvents(LoginLimit limit, AuditLog audit, NameHashes hashes, RefusedSignIns refused) {
        this.limit = limit;
        this.audit = audit;
        this.hashes = hashes;
        this.refused = refused;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        var attempt = event.getAuthentication();
        boolean counted = event instanceof AuthenticationFailureBadCredentialsEvent;
        if (counted) {
            limit.failed(attempt.getName(), address(attempt));
        }
        // The name typed may be a mistyped password: the log keeps a short keyed hash of it and the address.
        String actor = "anonymous from " + address(attempt);
        String subject = "sign-in name " + hashes.nameHash(attempt.getName());
        if (counted) {
            audit.record(actor, "SIGN_IN_FAILED", subject);
        } else {
            refused.refused(actor, subject);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        limit.succeeded(name);
        audit.record(name, "SIGNED_IN", "account " + name);
    }

    /** The client's address as the servlet container saw it (behind a proxy: the forwarded one, see docs/security.md). */
    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
