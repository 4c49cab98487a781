package app.headsup.ui.rules;

import app.headsup.rules.RuleDescription;
import app.headsup.rules.RuleEngine;
import app.headsup.words.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;

/**
 * Every rule of the loaded rule set, searchable ({@link RuleSearch}): the same list as {@code GET /api/v1/rules},
 * one card per rule ({@link RuleCard}), so every part of a rule is readable on a wide screen and a phone alike.
 */
@Route("rules")
@Menu(title = "Rules", order = 4)
@AnonymousAllowed
@PageTitle("Rules · HeadsUp")
public class RulesView extends Main {

    public RulesView(RuleEngine engine) {
        addClassName("headsup-page");
        var texts = Texts.english();
        var rules = engine.ruleSet().rules();
        var oils = engine.catalogues().oils().all();
        var list = new Div();
        list.addClassName("rule-cards");
        list.setId("rules");
        list.getElement().setAttribute("role", "list");
        var cards = new LinkedHashMap<RuleCard, RuleSearch>();
        for (RuleDescription rule : rules) {
            var card = new RuleCard(rule, texts);
            cards.put(card, new RuleSearch(rule, oils));
            list.add(card);
        }
        var search = new TextField(texts.get("rules.search"));
        search.setHelperText(texts.get("rules.search-hint"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.addClassName("rule-search");
        var matches = new Paragraph();
        matches.setId("rule-matches");
        matches.getElement().setAttribute("aria-live", "polite");
        search.addValueChangeListener(e -> {
            String words = e.getValue().strip();
            int shown = 0;
            for (var card : cards.entrySet()) {
                boolean match = words.isEmpty() || card.getValue().matches(words);
                card.getKey().setVisible(match);
                shown += match ? 1 : 0;
            }
            matches.setText(words.isEmpty() ? "" : texts.get("rules.matches", shown, rules.size(), words));
        });
        add(
                new H1(texts.get("rules.heading")),
                new Paragraph(
                        texts.get("rules.intro", rules.size(), engine.ruleSet().version())),
                search,
                matches,
                list);
    }
}
