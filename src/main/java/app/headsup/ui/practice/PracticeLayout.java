package app.headsup.ui.practice;

import app.headsup.rules.RuleEngine;
import app.headsup.ui.HeadsUpLayout;
import app.headsup.words.Texts;
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
        super(
                Texts.english().get("practice.brand"),
                "/practice",
                Texts.english().get("practice.nav"),
                engine);
        this.signedIn = signedIn;
        var account = signedIn.account();
        if (signedIn.isAdmin()) {
            addToNav(new RouterLink(Texts.english().get("practice.accounts"), AccountsView.class));
            addToNav(new RouterLink(Texts.english().get("practice.backups"), BackupsView.class));
        } else {
            addToNav(new RouterLink(Texts.english().get("practice.clients"), ClientsView.class));
        }
        addToNav(new RouterLink(Texts.english().get("practice.password"), PasswordView.class));
        var signOut = new Button(Texts.english().get("practice.sign-out"), e -> signedIn.signOut());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        addToHeader(new Span(account.displayName()), signOut);
        note(Texts.english().get("practice.note"));
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
