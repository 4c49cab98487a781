package app.headsup.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The map's drawing, read once from {@code frontend/images/body-map.svg} (packaged as
 * {@code META-INF/resources/images/body-map.svg}): the outline of the body, and for every area code
 * the shapes that make it up. Kept as plain shapes so each map can build its own live elements.
 */
public record BodyMapArtwork(String viewBox, List<Shape> outline, Map<String, List<Shape>> regions) {

    static final String RESOURCE = "META-INF/resources/images/body-map.svg";

    /** One SVG shape: its tag and its attributes in file order. */
    public record Shape(String tag, Map<String, String> attributes) {}

    private static final class Holder {
        static final BodyMapArtwork STANDARD = read(RESOURCE);
    }

    /** The packaged drawing. */
    public static BodyMapArtwork standard() {
        return Holder.STANDARD;
    }

    static BodyMapArtwork read(String resource) {
        try (InputStream in = BodyMapArtwork.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The area map " + resource + " is missing from the build");
            }
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var svg = factory.newDocumentBuilder().parse(in).getDocumentElement();
            var outline = new ArrayList<Shape>();
            var regions = new LinkedHashMap<String, List<Shape>>();
            for (Element group : children(svg)) {
                String area = group.getAttribute("data-area");
                var shapes = children(group).stream().map(BodyMapArtwork::shape).toList();
                if (area.isEmpty()) {
                    outline.addAll(shapes);
                } else {
                    regions.put(area, shapes);
                }
            }
            // Drawing order matters in SVG (later shapes lie on top), so the map keeps the file's order.
            return new BodyMapArtwork(
                    svg.getAttribute("viewBox"), List.copyOf(outline), Collections.unmodifiableMap(regions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The area map " + resource + " is not valid SVG", e);
        }
    }

    private static Shape shape(Element element) {
        var attributes = new LinkedHashMap<String, String>();
        var all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            attributes.put(all.item(i).getNodeName(), all.item(i).getNodeValue());
        }
        return new Shape(element.getTagName(), attributes);
    }

    private static List<Element> children(Element parent) {
        var elements = new ArrayList<Element>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
