package app.headsup.ui.practice;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import app.headsup.intake.account.Role;
import app.headsup.rules.RuleEngine;

/** The practice pages' frame: the way around, who is signed in, sign out, and the rule-set version. */
@PermitAll
public class PracticeLayout extends Div implements RouterLayout {

    public PracticeLayout(SignedIn signedIn, RuleEngine engine) {
        addClassName("headsup-layout");
        var account = signedIn.account();
        var home = new RouterLink("HeadsUp · practice", account.role() == Role.ADMIN
                ? AccountsView.class : ClientsView.class);
        home.addClassName("headsup-brand");
        var nav = new Nav();
        if (signedIn.isAdmin()) {
            nav.add(new RouterLink("Accounts", AccountsView.class));
        } else {
            nav.add(new RouterLink("Clients", ClientsView.class));
        }
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

    @Override
    public void showRouterLayoutContent(HasElement content) {
        getElement().insertChild(1, content.getElement());
    }
}
