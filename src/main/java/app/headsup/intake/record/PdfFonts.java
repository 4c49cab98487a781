package app.headsup.intake.record;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The letters of a printed record: DejaVu Sans, shipped with the app (src/main/resources/fonts, Bitstream
 * Vera licence), embedded in each PDF, so that names and notes in Polish, Greek, Russian, Hebrew or Arabic
 * print whole. OpenPDF's {@link GlyphLayoutManager} lays the text out through Java's own text layout, which
 * puts right-to-left runs in their order and joins Arabic letters. A character the font has no glyph for (an
 * emoji, say) is printed as its Unicode name in brackets, "[cherry blossom]", never dropped unseen.
 */
final class PdfFonts {

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");
    private static final java.awt.Font COVERAGE = coverage();

    final GlyphLayoutManager layout = new GlyphLayoutManager();
    final Font title;
    final Font heading;
    final Font subheading;
    final Font text;
    final Font small;

    /** One set per document: OpenPDF's layout manager keeps state while a document is written. */
    PdfFonts() {
        try {
            // Each face parsed once; the other sizes share its embedded font.
            title = layout.loadFont("DejaVuSans-Bold.ttf", new ByteArrayInputStream(BOLD), 18);
            heading = new Font(title.getBaseFont(), 13);
            subheading = new Font(title.getBaseFont(), 10.5f);
            text = layout.loadFont("DejaVuSans.ttf", new ByteArrayInputStream(REGULAR), 10.5f);
            small = new Font(text.getBaseFont(), 8.5f);
        } catch (GlyphLayoutFontManager.FontLoadException e) {
            throw new IllegalStateException("the packaged PDF font could not be loaded", e);
        }
    }

    /** The text as the font can print it: what it has no glyph for named in brackets; joiners left out. */
    static String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (COVERAGE.canDisplay(point) || Character.isWhitespace(point)) {
                out.appendCodePoint(point);
            } else if (Character.getType(point) != Character.FORMAT
                    && Character.getType(point) != Character.NON_SPACING_MARK) {
                String name = Character.getName(point);
                out.append('[')
                        .append(name == null ? String.format("U+%04X", point) : name.toLowerCase(Locale.ROOT))
                        .append(']');
            }
        });
        return out.toString();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font coverage() {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(REGULAR));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the packaged PDF font could not be read", e);
        }
    }
}
