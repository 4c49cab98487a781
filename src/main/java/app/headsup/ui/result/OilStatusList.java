package app.headsup.ui.result;

import app.headsup.screening.OilResult;
import app.headsup.words.ScreeningWords;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Each requested oil with its status in words, how strong it may be on its own, and why it is avoided. */
public class OilStatusList extends UnorderedList {

    public OilStatusList(List<OilResult> oils, ScreeningWords words) {
        addClassName("oil-list");
        for (OilResult oil : oils) {
            var chip = new Span(words.codes().oilStatus(oil.status()));
            chip.addClassNames(
                    "chip", "chip-" + oil.status().name().toLowerCase().replace('_', '-'));
            var item = new ListItem(new Span(words.oilName(oil.oil()) + " "), chip);
            item.getElement().setAttribute("data-oil", oil.oil());
            if (oil.maxDilutionPercent() != null) {
                item.add(new Span(" " + words.onItsOwn(oil.maxDilutionPercent())));
            }
            oil.reasons().forEach(reason -> item.add(new Paragraph(reason)));
            add(item);
        }
    }
}
