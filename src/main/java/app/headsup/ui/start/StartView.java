package app.headsup.ui.start;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import app.headsup.rules.RuleEngine;

/**
 * What HeadsUp does and does not do. While the rules are down it says that the safety check is
 * unavailable instead, and offers nothing that could be mistaken for a verdict.
 */
@Route("")
@PageTitle("HeadsUp")
public class StartView extends Main {

    public StartView(RuleEngine engine) {
        addClassName("headsup-page");
        add(new H1("HeadsUp"));
        add(new Paragraph("Before a first head massage with your partner, before a session with a client, or "
                + "before a new oil touches someone's scalp, HeadsUp asks the questions that matter and answers "
                + "one thing clearly: is it safe, and how?"));
        add(new Paragraph("Its guidance is general and cautious. It is not a diagnosis and does not replace a "
                + "doctor, a midwife or a therapist: when an answer is \"not sure\", it takes the careful path."));
        if (engine.isUp()) {
            add(new H2("Check a massage"));
            add(new Paragraph("The questionnaire is on its way. Other systems can already use the screening API:"));
            add(new Anchor("/api/v1/openapi.json", "API description (OpenAPI)"));
            add(new Footer(new Paragraph("Rule set " + engine.ruleSet().version())));
        } else {
            var unavailable = new Div(new H2("Safety check unavailable"),
                    new Paragraph("The safety rules could not be loaded, so HeadsUp cannot check anything right now "
                            + "and gives no verdict. Please try again later."));
            unavailable.addClassName("headsup-unavailable");
            unavailable.getElement().setAttribute("role", "alert");
            add(unavailable);
            add(new Footer(new Paragraph("Rule set not loaded")));
        }
        getChildren().filter(Footer.class::isInstance).forEach(f -> f.addClassName("headsup-footer"));
    }
}
