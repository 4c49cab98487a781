package app.headsup.ui.result;

import app.headsup.screening.Dilution;
import java.math.BigDecimal;

/** How strong an oil may be, in the same words on the result, in the oil checker and in the calculator. */
public final class OilWords {

    private static final BigDecimal THIRTY_ML = BigDecimal.valueOf(30);

    private OilWords() {}

    /** "1.5 %": no trailing zeros. */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** The most an oil may be used on its own for this person, and what that is in drops per 30 ml. */
    public static String onItsOwn(BigDecimal maxPercent) {
        return "at most " + percent(maxPercent) + " on its own, " + Dilution.inWords(THIRTY_ML, maxPercent)
                + " of carrier";
    }
}
