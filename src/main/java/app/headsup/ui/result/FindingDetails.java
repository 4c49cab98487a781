package app.headsup.ui.result;

import app.headsup.rules.facts.Person;
import app.headsup.screening.Finding;
import app.headsup.words.Texts;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One finding: what to do, opening to why, its source and the rule that made it. */
public class FindingDetails extends Details {

    public FindingDetails(Finding finding, Texts texts) {
        var summary = new Span(finding.message());
        if (finding.unsure()) {
            summary.add(new Span(texts.get("finding.unsure")));
        }
        setSummary(summary);
        add(
                new Paragraph(texts.get("finding.why", finding.reason())),
                new Paragraph(texts.get("finding.source", finding.source())),
                new Paragraph(texts.get(
                        finding.person() == Person.GIVER ? "finding.rule-about-giver" : "finding.rule",
                        finding.rule())));
        addClassName("finding");
    }
}
