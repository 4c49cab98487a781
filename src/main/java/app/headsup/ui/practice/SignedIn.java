package app.headsup.ui.practice;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Therapist;

/** The account signed in to this UI, read fresh from the database each time it is asked for. */
@Component
public class SignedIn {

    private final AuthenticationContext authentication;
    private final Accounts accounts;

    SignedIn(AuthenticationContext authentication, Accounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Therapist account() {
        String name = authentication.getPrincipalName()
                .orElseThrow(() -> new IllegalStateException("A practice page was opened without a sign-in"));
        return accounts.byUsername(name);
    }

    public boolean isAdmin() {
        return authentication.hasRole("ADMIN");
    }

    public void signOut() {
        authentication.logout();
    }
}
