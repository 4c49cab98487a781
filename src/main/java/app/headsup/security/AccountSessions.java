package app.headsup.security;

import app.headsup.intake.account.SignOutEverywhere;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of an account the moment it is switched off or given a new password (once that is
 * committed; a person who changed their own keeps the session they did it from): the
 * session registry marks them expired, and their next request, a click or Vaadin's heartbeat, signs
 * them out. Sessions on another instance of the app are not in this registry; there the account's
 * {@code enabled} flag, read from the database on every practice page, signs them out.
 */
@Component
class AccountSessions {

    private final SessionRegistry sessions;

    AccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void signOut(SignOutEverywhere event) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user
                        && user.getUsername().equals(event.username()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(event.keepSession()))
                .forEach(SessionInformation::expireNow);
    }
}
