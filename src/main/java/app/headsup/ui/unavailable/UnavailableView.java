package app.headsup.ui.unavailable;

import app.headsup.words.Texts;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown instead of any check while the rules are down: it says so plainly and gives no verdict. */
@Route("unavailable")
@AnonymousAllowed
@PageTitle("Safety check unavailable · HeadsUp")
public class UnavailableView extends Main {

    public UnavailableView() {
        explain(this);
    }

    /** The page's words, also shown where a page that needs the rules was opened ({@link RulesUnavailableError}). */
    static void explain(Main page) {
        page.addClassNames("headsup-page", "headsup-unavailable");
        page.getElement().setAttribute("role", "alert");
        page.add(
                new H1(Texts.english().get("unavailable.heading")),
                new Paragraph(Texts.english().get("unavailable.why")),
                new Paragraph(Texts.english().get("unavailable.meanwhile")));
    }
}
