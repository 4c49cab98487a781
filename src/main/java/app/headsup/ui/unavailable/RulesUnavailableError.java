package app.headsup.ui.unavailable;

import app.headsup.rules.RulesUnavailableException;
import app.headsup.ui.MainLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every page that needs the rules simply uses them; while they are down, opening such a page ends here,
 * once for the whole UI: the safety check is unavailable, and no verdict is given. (A click that needs
 * them on an open page is sent to {@link UnavailableView} by the UI's error handler.)
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RulesUnavailableError extends Main implements HasErrorParameter<RulesUnavailableException> {

    public RulesUnavailableError() {
        UnavailableView.explain(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RulesUnavailableException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
