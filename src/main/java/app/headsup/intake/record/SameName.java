package app.headsup.intake.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the name a client typed to sign is the name on the record, compared the way people type names:
 * case, accents ("Zolc" for "Żółć"), apostrophes (a phone's ’ for '), dashes and spaces make no difference,
 * and symbols such as an emoji in the record's name are not asked for. Letters and digits must be the same.
 */
final class SameName {

    /** Latin letters with no decomposition into a base letter and an accent. */
    private static final Map<Integer, String> BASE_LETTERS = Map.of(
            (int) 'ł', "l", (int) 'ø', "o", (int) 'đ', "d", (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe",
            (int) 'ı', "i", (int) 'ħ', "h", (int) 'þ', "th");

    private SameName() {}

    static boolean as(String typed, String onRecord) {
        String key = key(onRecord);
        // A name of symbols only (rare, but a record may hold one) is compared as it is written.
        return key.isEmpty()
                ? typed.strip().equals(onRecord.strip())
                : key(typed).equals(key);
    }

    /** Only letters and digits, lower case, without accents. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        var key = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(point -> {
            if (Character.isLetterOrDigit(point)) {
                key.append(BASE_LETTERS.getOrDefault(point, Character.toString(point)));
            }
        });
        return key.toString();
    }
}
