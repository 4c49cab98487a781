package app.headsup.ui.rules;

import app.headsup.catalogue.Oil;
import app.headsup.rules.RuleDescription;
import app.headsup.words.CodeWords;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds rules as a person searches them: by the rule's name, level, message and reason, the areas it
 * leaves out and the oils it rules out (by their names: "lavender" finds every rule that rules out all
 * essential oils), in any word form ("pregnant" and "pregnancy" find the same rules), without caring for
 * case or accents. Every word typed must match. Sources are left out: their long titles would match almost
 * any word.
 */
final class RuleSearch {

    private final Set<String> words;

    RuleSearch(RuleDescription rule, List<Oil> oils) {
        var text = Stream.of(
                        Stream.of(
                                rule.rule().replace('-', ' ').replace('_', ' '),
                                CodeWords.english().level(rule.level()),
                                rule.message(),
                                rule.generalMessage(),
                                rule.reason()),
                        rule.areas().stream(),
                        oils.stream().filter(rule::avoids).map(Oil::label))
                .flatMap(parts -> parts)
                .collect(Collectors.joining(" "));
        this.words = Set.copyOf(words(text));
    }

    boolean matches(String query) {
        return words(query).stream().allMatch(asked -> words.stream().anyMatch(word -> sameWord(asked, word)));
    }

    /**
     * Whether a typed word finds a word of the rule: a short one (up to five letters) as the start of a word,
     * as while typing ("lav" finds lavender); a longer one by all but its last two letters, so that word forms
     * meet ("pregnant" and "pregnancy" share "pregnan"); a plural "s" does not count.
     */
    static boolean sameWord(String asked, String word) {
        String a = singular(asked);
        String w = singular(word);
        return a.length() <= 5 ? w.startsWith(a) : w.startsWith(a.substring(0, a.length() - 2));
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
