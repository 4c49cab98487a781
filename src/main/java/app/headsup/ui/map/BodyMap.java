package app.headsup.ui.map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The head, neck, shoulders, hands and feet as a picture whose areas can be tapped (or reached with
 * Tab and chosen with Enter or Space) and shaded. Built element by element from the
 * {@link BodyMapArtwork}, so the server can shade one area without redrawing the rest; the words
 * next to it always say the same as the shading, so colour is never the only signal.
 */
public class BodyMap extends Div {

    private final Map<String, Element> regions = new LinkedHashMap<>();
    private final Function<String, String> labelOf;

    /**
     * @param labelOf an area code's name as people read it
     * @param description what the whole picture shows, for screen readers
     */
    public BodyMap(BodyMapArtwork artwork, Function<String, String> labelOf, String description) {
        this.labelOf = labelOf;
        addClassName("body-map");
        var svg = new Element("svg").setAttribute("role", "group").setAttribute("aria-label", description);
        // Flow writes attribute names in lower case, but SVG needs "viewBox" exactly; without it the
        // picture would not scale. Set on every attach, as the browser rebuilds the element then.
        svg.addAttachListener(e -> svg.executeJs("this.setAttribute('viewBox', $0)", artwork.viewBox()));
        var outline = new Element("g").setAttribute("class", "outline").setAttribute("aria-hidden", "true");
        artwork.outline().forEach(shape -> outline.appendChild(element(shape)));
        svg.appendChild(outline);
        artwork.regions().forEach((area, shapes) -> {
            var region = new Element("g").setAttribute("class", "region").setAttribute("data-area", area);
            region.appendChild(new Element("title").setText(labelOf.apply(area)));
            shapes.forEach(shape -> region.appendChild(element(shape)));
            regions.put(area, region);
            svg.appendChild(region);
        });
        getElement().appendChild(svg);
    }

    /** Makes every area a button: a tap, or Enter or Space on the focused area, picks it. */
    public void onPick(Consumer<String> listener) {
        regions.forEach((area, region) -> {
            region.setAttribute("tabindex", "0").setAttribute("role", "button");
            region.setAttribute("aria-label", labelOf.apply(area));
            region.addEventListener("click", e -> listener.accept(area));
            region.addEventListener("keydown", e -> listener.accept(area))
                    .setFilter("event.key === 'Enter' || event.key === ' '")
                    // Space would scroll the page; only that key's default is stopped, Tab keeps working.
                    .addEventData("event.key === ' ' && event.preventDefault()");
        });
    }

    /**
     * Shades exactly the given areas with a CSS class and adds the words to each area's name.
     *
     * @param state what the shading means, read out after the area's name, e.g. "marked: a bruise"
     */
    public void shade(Collection<String> areas, String cssClass, Function<String, String> state) {
        regions.forEach((area, region) -> {
            boolean shaded = areas.contains(area);
            region.getClassList().set(cssClass, shaded);
            if (region.hasAttribute("aria-label")) {
                region.setAttribute("aria-label", labelOf.apply(area) + (shaded ? ", " + state.apply(area) : ""));
            }
        });
    }

    private static Element element(BodyMapArtwork.Shape shape) {
        var element = new Element(shape.tag());
        shape.attributes().forEach(element::setAttribute);
        return element;
    }
}
