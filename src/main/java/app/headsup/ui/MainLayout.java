package app.headsup.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;

import app.headsup.rules.RuleEngine;
import app.headsup.ui.check.CheckView;
import app.headsup.ui.couple.CoupleView;
import app.headsup.ui.oils.OilCheckerView;
import app.headsup.ui.practice.ClientsView;
import app.headsup.ui.rules.RulesView;
import app.headsup.ui.start.StartView;

/** Header with the way around, the page, and a footer with the rule-set version and the disclaimer. */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private static final String NOTHING_STORED = "General, cautious guidance, not a diagnosis. Nothing you enter "
            + "here is stored.";
    private final Paragraph storage = new Paragraph(NOTHING_STORED);

    public MainLayout(RuleEngine engine) {
        addClassName("headsup-layout");
        var home = new RouterLink("HeadsUp", StartView.class);
        home.addClassName("headsup-brand");
        var nav = new Nav(new RouterLink("Couples", CoupleView.class), new RouterLink("One person", CheckView.class),
                new RouterLink("Oils", OilCheckerView.class), new RouterLink("Rules", RulesView.class),
                new RouterLink("Therapists", ClientsView.class));
        nav.getElement().setAttribute("aria-label", "Main");
        var header = new Header(home, nav);
        header.addClassName("headsup-header");
        var footer = new Footer(storage, new Paragraph(engine.isUp() ? "Rule set " + engine.ruleSet().version()
                        : "Rule set not loaded"), new Anchor("/api/v1/openapi.json", "API"));
        footer.addClassName("headsup-footer");
        getElement().appendChild(header.getElement());
        getElement().appendChild(footer.getElement());
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        // The page goes between the header and the footer.
        getElement().insertChild(1, content.getElement());
        storage.setText(content instanceof StoresAnswers page ? page.storageNote() : NOTHING_STORED);
    }
}
