package app.headsup.ui.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import app.headsup.rules.RuleEngine;

/**
 * The practice pages' frame: the way around, who is signed in, their password, sign out, and the rule-set
 * version. Entering any practice page checks the account afresh: switched off, it is signed out (through
 * {@link SignedIn}); with a password set by the admin, only the password page opens.
 */
@PermitAll
public class PracticeLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final SignedIn signedIn;

    public PracticeLayout(SignedIn signedIn, RuleEngine engine) {
        this.signedIn = signedIn;
        addClassName("headsup-layout");
        var account = signedIn.account();
        var home = new RouterLink("HeadsUp · practice", home(signedIn));
        home.addClassName("headsup-brand");
        var nav = new Nav();
        if (signedIn.isAdmin()) {
            nav.add(new RouterLink("Accounts", AccountsView.class));
        } else {
            nav.add(new RouterLink("Clients", ClientsView.class));
        }
        nav.add(new RouterLink("Password", PasswordView.class));
        nav.getElement().setAttribute("aria-label", "Practice");
        var signOut = new Button("Sign out", e -> signedIn.signOut());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        var header = new Header(home, nav, new Span(account.displayName()), signOut);
        header.addClassName("headsup-header");
        var footer = new Footer(new Paragraph("Intakes are stored for your practice and shown only to you. "
                + "HeadsUp's guidance is cautious and general, not a diagnosis."),
                new Paragraph(engine.isUp() ? "Rule set " + engine.ruleSet().version() : "Rule set not loaded"));
        footer.addClassName("headsup-footer");
        getElement().appendChild(header.getElement(), footer.getElement());
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

    @Override
    public void showRouterLayoutContent(HasElement content) {
        getElement().insertChild(1, content.getElement());
    }
}
