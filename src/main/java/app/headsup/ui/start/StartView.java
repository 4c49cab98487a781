package app.headsup.ui.start;

import app.headsup.catalogue.CodeList;
import app.headsup.rules.RuleEngine;
import app.headsup.ui.check.CheckView;
import app.headsup.ui.couple.CoupleView;
import app.headsup.ui.oils.OilCheckerView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What HeadsUp does and does not do, and the way in. */
@Route("")
@AnonymousAllowed
@PageTitle("HeadsUp: is this massage safe, and how?")
public class StartView extends Main {

    /** Opens only while the rules are loaded: every way in needs them. */
    public StartView(RuleEngine engine) {
        addClassName("headsup-page");
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var couple = new RouterLink("We're a couple trying this for the first time", CoupleView.class);
        var check = new RouterLink("Check one person", CheckView.class);
        var oil = new RouterLink("Check an oil", OilCheckerView.class);
        oil.addClassName("way-in");
        couple.addClassName("way-in");
        check.addClassName("way-in");
        add(
                new H1("Is this massage safe, and how?"),
                new Paragraph("Before a first head massage with your partner, before a session with a client, or "
                        + "before a new oil touches someone's scalp, HeadsUp asks the questions that matter and "
                        + "answers clearly: go ahead, go ahead with changes, not today, or see a doctor first."),
                new Paragraph("Its guidance is general and cautious. It is not a diagnosis and does not replace a "
                        + "doctor, a midwife or a therapist: when an answer is \"not sure\", it takes the careful "
                        + "path. Nothing you enter is stored; the answers live only in this browser tab's session."),
                new H2("Start"),
                new Div(couple, check, oil),
                new Paragraph("It asks about "
                        + (vocabulary.codes(CodeList.RECEIVER_CONDITIONS).size()
                                + vocabulary.codes(CodeList.MEDICATIONS).size())
                        + " conditions and medicines, "
                        + vocabulary.codes(CodeList.ALLERGIES).size() + " kinds of allergy and "
                        + vocabulary.codes(CodeList.OILS).size() + " oils; every rule is listed under Rules."));
    }
}
