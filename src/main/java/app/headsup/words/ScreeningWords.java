package app.headsup.words;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.screening.Dilution;
import app.headsup.screening.PatchTest;
import app.headsup.screening.RoutineResult;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A screening's codes and numbers in words: the one place the result, the signed record's PDF and the oil
 * checker get their verdict, levels, statuses, dilutions, routine line and patch-test wait from, so the
 * screen and the paper never say the same thing two ways.
 */
public final class ScreeningWords {

    private static final BigDecimal THIRTY_ML = BigDecimal.valueOf(30);

    private final Texts texts;
    private final CodeWords codes;
    private final Vocabulary vocabulary;

    public ScreeningWords(Texts texts, Vocabulary vocabulary) {
        this.texts = texts;
        this.codes = new CodeWords(texts);
        this.vocabulary = vocabulary;
    }

    /** The words for the screening's codes, in the same language. */
    public CodeWords codes() {
        return codes;
    }

    /** "1.5 %": no decimal that is zero, in the language's own decimal sign. */
    public String percent(BigDecimal percent) {
        return texts.get("percent", number(percent));
    }

    /** "at most 12 drops in 30 ml", or, when not one drop fits, how big a bottle must be for one. */
    public String dropsIn(BigDecimal carrierMl, BigDecimal percent) {
        int drops = Dilution.drops(carrierMl, percent);
        if (drops > 0) {
            return texts.get("dilution.drops-in", drops, number(carrierMl));
        }
        return texts.get(
                "dilution.less-than-a-drop",
                number(carrierMl),
                percent(percent),
                Dilution.smallestBottleForOneDrop(percent));
    }

    /** The most an oil may be used on its own for this person, and what that is in drops per 30 ml. */
    public String onItsOwn(BigDecimal maxPercent) {
        return texts.get("dilution.on-its-own", percent(maxPercent), dropsIn(THIRTY_ML, maxPercent));
    }

    /** "10 minutes, light pressure, Jojoba oil, with at most 6 drops of Lavender (1 %) per 30 ml of …". */
    public String routineSummary(RoutineResult routine) {
        String oil = routine.oil().equals(RoutineResult.DRY)
                ? texts.get("routine.dry-hands")
                : texts.get("routine.oil", oilName(routine.oil()));
        return texts.get("routine.summary", routine.minutes(), codes.pressure(routine.pressure()), oil, blend(routine));
    }

    private String blend(RoutineResult routine) {
        if (routine.blend().isEmpty()) {
            return "";
        }
        String shares = Vocabulary.inWords(routine.blend().stream()
                .map(share -> texts.get(
                        "routine.blend-share", share.dropsPer30ml(), oilName(share.oil()), percent(share.percent())))
                .toList());
        return texts.get("routine.blend", shares, oilName(routine.oil()).toLowerCase(texts.locale()));
    }

    /** A routine step's title and time, before its instructions: "Scalp circles (60 s): ". */
    public String stepHeading(RoutineResult.Step step) {
        return texts.get("routine.step", step.title(), step.seconds());
    }

    public String noRoutine() {
        return texts.get("routine.none");
    }

    public String patchTestHeading(PatchTest patch) {
        return texts.get("patch-test.heading", oilNames(patch.oils()));
    }

    public String patchTestWait(PatchTest patch) {
        return texts.get("patch-test.wait", patch.waitHours(), patch.oils().size());
    }

    /** An oil's name as the catalogue gives it. */
    public String oilName(String code) {
        return vocabulary.label(CodeList.OILS, code);
    }

    private String oilNames(List<String> codes) {
        return codes.stream().map(this::oilName).collect(Collectors.joining(", "));
    }

    /** Every decimal the value has, none that are zero: 0.125 stays 0.125, 1.50 is 1.5. */
    private String number(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
