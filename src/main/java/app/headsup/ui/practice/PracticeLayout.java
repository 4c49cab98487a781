package app.headsup.ui.practice;

import app.headsup.rules.RuleEngine;
import app.headsup.ui.HeadsUpLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The practice pages' frame ({@code @Layout("/practice")}): the way around, who is signed in, their
 * password, sign out, and the rule-set version. Entering any practice page checks the account afresh:
 * switched off, it is signed out (through {@link SignedIn}); with a password set by the admin, only the
 * password page opens.
 */
@Layout("/practice")
@PermitAll
public class PracticeLayout extends HeadsUpLayout implements BeforeEnterObserver {

    private final SignedIn signedIn;

    public PracticeLayout(SignedIn signedIn, RuleEngine engine) {
        super("HeadsUp · practice", "/practice", "Practice", engine);
        this.signedIn = signedIn;
        var account = signedIn.account();
        if (signedIn.isAdmin()) {
            addToNav(new RouterLink("Accounts", AccountsView.class));
            addToNav(new RouterLink("Backups", BackupsView.class));
        } else {
            addToNav(new RouterLink("Clients", ClientsView.class));
        }
        addToNav(new RouterLink("Password", PasswordView.class));
        var signOut = new Button("Sign out", e -> signedIn.signOut());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        addToHeader(new Span(account.displayName()), signOut);
        note("Intakes are stored for your practice and shown only to you. HeadsUp's guidance is cautious and "
                + "general, not a diagnosis.");
    }

    /** Where an account's practice begins: the accounts for an admin, the client list for a therapist. */
    static Class<? extends Component> home(SignedIn signedIn) {
        return signedIn.isAdmin() ? AccountsView.class : ClientsView.class;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedIn.account().mustChangePassword() && event.getNavigationTarget() != PasswordView.class) {
            event.forwardTo(PasswordView.class);
        }
    }
}
