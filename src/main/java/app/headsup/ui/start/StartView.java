package app.headsup.ui.start;

import app.headsup.catalogue.CodeList;
import app.headsup.rules.RuleEngine;
import app.headsup.ui.check.CheckView;
import app.headsup.ui.couple.CoupleView;
import app.headsup.ui.oils.OilCheckerView;
import app.headsup.words.Texts;
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
        var texts = Texts.english();
        var couple = new RouterLink(texts.get("start.couple"), CoupleView.class);
        var check = new RouterLink(texts.get("start.one-person"), CheckView.class);
        var oil = new RouterLink(texts.get("start.oil"), OilCheckerView.class);
        oil.addClassName("way-in");
        couple.addClassName("way-in");
        check.addClassName("way-in");
        add(
                new H1(texts.get("start.heading")),
                new Paragraph(texts.get("start.intro")),
                new Paragraph(texts.get("start.cautious")),
                new H2(texts.get("start.start")),
                new Div(couple, check, oil),
                new Paragraph(texts.get(
                        "start.counts",
                        vocabulary.codes(CodeList.RECEIVER_CONDITIONS).size()
                                + vocabulary.codes(CodeList.MEDICATIONS).size(),
                        vocabulary.codes(CodeList.ALLERGIES).size(),
                        vocabulary.codes(CodeList.OILS).size())));
    }
}
