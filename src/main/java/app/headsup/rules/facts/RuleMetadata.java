package app.headsup.rules.facts;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rule's metadata value as text: {@code @code("FEVER")} may come back quoted or not, depending on how the
 * rule was compiled (DRL at start-up or the build's executable model), and an empty cell of a rule table
 * leaves no line at all. Read the same way by the consequence's {@link Hits} and by the rule set's check.
 */
public final class RuleMetadata {

    private RuleMetadata() {}

    /** The value without surrounding quotes, or null when the rule has none or it is blank. */
    public static @Nullable String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? null : text;
    }
}
