package app.headsup.ui.result;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.screening.OilResult;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Each requested oil with its status in words, how strong it may be on its own, and why it is avoided. */
public class OilStatusList extends UnorderedList {

    public OilStatusList(List<OilResult> oils, Vocabulary vocabulary) {
        addClassName("oil-list");
        for (OilResult oil : oils) {
            var chip = new Span(Words.oilStatus(oil.status()));
            chip.addClassNames(
                    "chip", "chip-" + oil.status().name().toLowerCase().replace('_', '-'));
            var item = new ListItem(new Span(vocabulary.label(CodeList.OILS, oil.oil()) + " "), chip);
            item.getElement().setAttribute("data-oil", oil.oil());
            if (oil.maxDilutionPercent() != null) {
                item.add(new Span(" " + OilWords.onItsOwn(oil.maxDilutionPercent())));
            }
            oil.reasons().forEach(reason -> item.add(new Paragraph(reason)));
            add(item);
        }
    }
}
