package app.headsup.ui.result;

import app.headsup.words.Texts;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * What is said beside a routine, the same way in the result and in the player: a finding's caution at the
 * step it concerns, the general practice, and the aftercare warning after a routine with a neck step.
 */
public final class RoutineNotes {

    private RoutineNotes() {}

    /** A finding said again at a step (mustard oil at a face step): marked in words, not by colour alone. */
    public static Span caution(String text) {
        var caution = new Span(Texts.english().get("routine.careful", text));
        caution.addClassName("step-caution");
        return caution;
    }

    /** The general practice that comes with every routine, folded away under its heading. */
    public static Details practice(List<String> lines) {
        var practice = new UnorderedList();
        lines.forEach(line -> practice.add(new ListItem(line)));
        return new Details(new Span(Texts.english().get("routine.good-practice")), practice);
    }

    /** The warning signs after a neck massage that need emergency care, in plain sight rather than folded away. */
    public static Paragraph aftercare(String text) {
        var aftercare = new Paragraph(text);
        aftercare.addClassName("aftercare");
        aftercare.getElement().setAttribute("role", "note");
        return aftercare;
    }
}
