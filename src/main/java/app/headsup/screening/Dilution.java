package app.headsup.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Drops and percentages of an essential oil in a carrier, counted at 20 drops = 1 ml (so 1 % of 30 ml
 * is 6 drops). 20 per ml is the large end of real droppers, so a count of drops is the most to use.
 * Exact decimal arithmetic; drops are always rounded down, never up past a safe maximum.
 */
public final class Dilution {

    public static final BigDecimal DROPS_PER_ML = BigDecimal.valueOf(20);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Dilution() {}

    /** The most whole drops of the oil in this much carrier without going over the percentage. */
    public static int drops(BigDecimal carrierMl, BigDecimal percent) {
        return carrierMl
                .multiply(DROPS_PER_ML)
                .multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.FLOOR)
                .intValueExact();
    }

    /** The smallest bottle, in whole ml of carrier, that takes one drop at this percentage. */
    public static int smallestBottleForOneDrop(BigDecimal percent) {
        if (percent.signum() <= 0) {
            throw new IllegalArgumentException("no bottle takes a drop at 0 %");
        }
        return HUNDRED.divide(DROPS_PER_ML.multiply(percent), 0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** The percentage that this many drops make in this much carrier, to two decimals. */
    public static BigDecimal percent(int drops, BigDecimal carrierMl) {
        if (carrierMl.signum() <= 0) {
            throw new IllegalArgumentException("the bottle must hold some carrier oil");
        }
        return BigDecimal.valueOf(drops)
                .multiply(HUNDRED)
                .divide(carrierMl.multiply(DROPS_PER_ML), 2, RoundingMode.HALF_UP);
    }
}
