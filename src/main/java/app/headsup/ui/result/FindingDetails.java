package app.headsup.ui.result;

import app.headsup.rules.facts.Person;
import app.headsup.screening.Finding;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One finding: what to do, opening to why, its source and the rule that made it. */
public class FindingDetails extends Details {

    public FindingDetails(Finding finding) {
        var summary = new Span(finding.message());
        if (finding.unsure()) {
            summary.add(new Span(" (you said \"not sure\")"));
        }
        setSummary(summary);
        add(
                new Paragraph("Why: " + finding.reason()),
                new Paragraph("Source: " + finding.source()),
                new Paragraph(
                        "Rule " + finding.rule() + (finding.person() == Person.GIVER ? ", about the giver" : "")));
        addClassName("finding");
    }
}
