package app.headsup.ui;

import app.headsup.rules.RuleEngine;
import app.headsup.words.Texts;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;

/**
 * The public pages' frame ({@code @Layout}: every route not under /practice). Its way around is read from
 * the views' own {@code @Menu} entries, so the layout knows no view and no view package depends back on it.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends HeadsUpLayout {

    private static final String NOTHING_STORED = Texts.english().get("layout.nothing-stored");

    public MainLayout(RuleEngine engine) {
        super(Texts.english().get("layout.brand"), "/", Texts.english().get("layout.nav"), engine);
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> addToNav(
                        link(entry.title(), entry.path().startsWith("/") ? entry.path() : "/" + entry.path())));
        addToFooter(new Anchor("/api/v1/openapi.json", Texts.english().get("layout.api")));
        note(NOTHING_STORED);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        note(content instanceof StoresAnswers page ? page.storageNote() : NOTHING_STORED);
    }
}
