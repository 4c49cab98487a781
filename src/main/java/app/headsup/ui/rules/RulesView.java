package app.headsup.ui.rules;

import app.headsup.rules.RuleDescription;
import app.headsup.rules.RuleEngine;
import app.headsup.ui.result.Words;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** Every rule of the loaded rule set, searchable: the same list as {@code GET /api/v1/rules}. */
@Route("rules")
@Menu(title = "Rules", order = 4)
@AnonymousAllowed
@PageTitle("Rules · HeadsUp")
public class RulesView extends Main {

    private final RuleEngine engine;

    public RulesView(RuleEngine engine) {
        this.engine = engine;
        addClassName("headsup-page");
        var rules = engine.ruleSet().rules();
        var grid = new Grid<RuleDescription>();
        grid.addColumn(RuleDescription::rule)
                .setHeader("Rule")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Words.level(r.level()))
                .setHeader("Level")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RuleDescription::generalMessage)
                .setHeader("What it says")
                .setFlexGrow(2);
        grid.addColumn(RuleDescription::reason).setHeader("Why").setFlexGrow(2);
        grid.addColumn(RuleDescription::source).setHeader("Source").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        var items = grid.setItems(rules);
        var search = new TextField("Search the rules");
        search.setPlaceholder("e.g. pregnancy, scalp, lavender");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        var matches = new Paragraph();
        matches.getElement().setAttribute("aria-live", "polite");
        search.addValueChangeListener(e -> {
            String words = e.getValue().toLowerCase(Locale.ROOT).strip();
            items.setFilter(rule -> words.isEmpty() || text(rule).contains(words));
            matches.setText(words.isEmpty() ? "" : items.getItemCount() + " of " + rules.size() + " rules match");
        });
        add(
                new H1("Rules"),
                new Paragraph(rules.size() + " rules in rule set "
                        + engine.ruleSet().version() + ", read from the DRL the app runs."),
                search,
                matches,
                grid);
    }

    private static String text(RuleDescription rule) {
        // Sources are left out: their long titles would match almost any word.
        return String.join(
                        " ",
                        rule.rule(),
                        rule.level().name(),
                        Words.level(rule.level()),
                        rule.generalMessage(),
                        rule.reason(),
                        String.join(" ", rule.avoidOils()),
                        String.join(" ", rule.areas()))
                .toLowerCase(Locale.ROOT);
    }
}
