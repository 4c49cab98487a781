package app.headsup.ui.practice;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Therapist;
import app.headsup.ui.SignedOutException;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * The account signed in to this UI, read fresh from the database each time it is asked for: an account
 * switched off on any instance of the app stops at its next click ({@link SignedOutException}).
 */
@Component
public class SignedIn {

    private final AuthenticationContext authentication;
    private final Accounts accounts;

    SignedIn(AuthenticationContext authentication, Accounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Therapist account() {
        var account = authentication.getPrincipalName().flatMap(accounts::find).orElseThrow(SignedOutException::new);
        if (!account.enabled()) {
            throw new SignedOutException();
        }
        return account;
    }

    public boolean isSignedIn() {
        return authentication.isAuthenticated();
    }

    public boolean isAdmin() {
        return authentication.hasRole("ADMIN");
    }

    public void signOut() {
        authentication.logout();
    }
}
