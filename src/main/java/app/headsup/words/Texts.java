package app.headsup.words;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text table of one language: {@code vaadin-i18n/translations*.properties}, the same files Vaadin's
 * screens read. Every value is a {@link MessageFormat} pattern, formatted in the table's own locale, so
 * numbers, plurals and apostrophes follow one rule wherever a text is shown.
 */
public final class Texts {

    /** Where the tables are, as Vaadin's {@code DefaultI18NProvider} looks for them. */
    public static final String BUNDLE = "vaadin-i18n.translations";

    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Texts ENGLISH_TEXTS = new Texts(ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        // No fall-back to the JVM's own locale: a missing language falls back to the English table alone.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Locale locale) {
        return locale.equals(ENGLISH) ? ENGLISH_TEXTS : new Texts(locale);
    }

    /** The English table, the one every other language is checked against. */
    public static Texts english() {
        return ENGLISH_TEXTS;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of this key with its arguments filled in; a missing key is a programming error, said loudly. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text '" + key + "' in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
