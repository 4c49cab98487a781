package app.headsup.ui.rules;

import app.headsup.rules.RuleDescription;
import app.headsup.words.CodeWords;
import app.headsup.words.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * One rule as a card that reads the same at any width: its name and level on top, then what it says, why
 * and where that comes from, each under its own small heading, wrapped to the card's width.
 */
final class RuleCard extends Div {

    RuleCard(RuleDescription rule, Texts texts) {
        addClassNames("card", "rule-card");
        getElement().setAttribute("role", "listitem");
        var level = new Span(CodeWords.english().level(rule.level()));
        level.addClassNames(
                "rule-level",
                "level-" + rule.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var name = new H2(rule.rule());
        name.addClassName("rule-name");
        var top = new Div(name, level);
        top.addClassName("rule-card-top");
        add(
                top,
                part(texts.get("rules.says"), rule.generalMessage()),
                part(texts.get("rules.why"), rule.reason()),
                part(texts.get("rules.source"), rule.source()));
    }

    private static Div part(String heading, String text) {
        var label = new Span(heading);
        label.addClassName("rule-part-label");
        var part = new Div(label, new Paragraph(text));
        part.addClassName("rule-part");
        return part;
    }
}
