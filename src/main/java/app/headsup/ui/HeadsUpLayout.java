package app.headsup.ui;

import app.headsup.rules.RuleEngine;
import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLayout;

/**
 * The frame every page shares: a header with the brand and the way around, the page, and a footer with
 * what is kept and the rule-set version. The public pages and the practice pages each fill it in.
 */
public abstract class HeadsUpLayout extends Div implements RouterLayout {

    private final Nav nav = new Nav();
    private final Header header;
    private final Footer footer;
    private final Paragraph note = new Paragraph();

    protected HeadsUpLayout(String brand, String homePath, String navLabel, RuleEngine engine) {
        addClassName("headsup-layout");
        var brandLink = link(brand, homePath);
        brandLink.addClassName("headsup-brand");
        nav.getElement().setAttribute("aria-label", navLabel);
        header = new Header(brandLink, nav);
        header.addClassName("headsup-header");
        footer = new Footer(
                note,
                new Paragraph(
                        engine.isUp()
                                ? Texts.english()
                                        .get("layout.rule-set", engine.ruleSet().version())
                                : Texts.english().get("layout.rule-set-not-loaded")));
        footer.addClassName("headsup-footer");
        getElement().appendChild(header.getElement(), footer.getElement());
    }

    /** A link that Vaadin's router follows in the page, without loading it afresh. */
    protected static Anchor link(String text, String path) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** A link in the header's way around. */
    protected void addToNav(Component link) {
        nav.add(link);
    }

    /** For a page with one job: the header keeps the brand only. */
    protected void withoutWayAround() {
        nav.setVisible(false);
    }

    /** More in the header, after the way around (who is signed in, sign out). */
    protected void addToHeader(Component... components) {
        header.add(components);
    }

    protected void addToFooter(Component... components) {
        footer.add(components);
    }

    /** The footer's first line: what is kept of what is entered here, and that it is guidance, not a diagnosis. */
    protected void note(String text) {
        note.setText(text);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        // The page goes between the header and the footer.
        getElement().insertChild(1, content.getElement());
    }
}
