package app.headsup.ui.unavailable;

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
                new H1("Safety check unavailable"),
                new Paragraph("HeadsUp's safety rules could not be loaded, so it cannot check anything right now "
                        + "and gives no verdict. Please try again later."),
                new Paragraph("Until then, don't rely on an earlier answer for a new situation; when in doubt, ask a "
                        + "doctor first."));
    }
}
