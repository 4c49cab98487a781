package app.headsup.screening;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * What to say when the routine is left with dry hands although a carrier would be fine: which carriers
 * nothing in the answers rules out, and, when essential oils were chosen and suit, that one of those would
 * carry them. Written once for the result page and the intake PDF.
 */
public final class CarrierAdvice {

    /** The first few are named as examples, then the rest. */
    private static final int SHOWN = 3;

    private CarrierAdvice() {}

    public static Optional<String> of(Screening screening, Vocabulary vocabulary) {
        var routine = screening.routine();
        if (routine == null || routine.carriersToTry().isEmpty()) {
            return Optional.empty();
        }
        var names = routine.carriersToTry().stream()
                .map(oil -> vocabulary.label(CodeList.OILS, oil.oil()).toLowerCase())
                .toList();
        // Every one is named, the likeliest first: "another of the 12" would leave the reader guessing which.
        String carriers = names.size() <= SHOWN
                ? oneOf(names)
                : "for example " + oneOf(names.subList(0, SHOWN)) + "; also "
                        + oneOf(names.subList(SHOWN, names.size()));
        // The chosen essential oils that may be used (after a patch test if need be): only those have a maximum.
        var essentials = screening.oils().stream()
                .filter(oil -> oil.maxDilutionPercent() != null)
                .map(oil -> vocabulary.label(CodeList.OILS, oil.oil()).toLowerCase())
                .toList();
        String advice = essentials.isEmpty()
                ? "For a massage with oil, the answers do not rule out " + carriers + " as the carrier."
                : "To use " + Vocabulary.inWords(essentials) + ", mix " + (essentials.size() == 1 ? "it" : "them")
                        + " into a carrier oil that the answers do not rule out: " + carriers + ".";
        return Optional.of(advice + " Patch-test the carrier first, as any oil new to this person.");
    }

    /** "a", "a or b", "a, b or c". */
    private static String oneOf(List<String> words) {
        return words.size() <= 1
                ? String.join("", words)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }
}
