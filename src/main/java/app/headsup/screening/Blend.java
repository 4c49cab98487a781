package app.headsup.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How much of each essential oil goes into one blend (knowledge section 1). The person's cap is for
 * the whole blend, not for each oil: it is shared equally by the oils, each share within that oil's own
 * maximum, rounded down to two decimals; and phototoxic oils together stay within one phototoxic dose.
 * The screening's blend, the oil checker and the dilution calculator all work it out here.
 */
public final class Blend {

    private static final BigDecimal THIRTY_ML = BigDecimal.valueOf(30);

    private Blend() {}

    /** An essential oil going into the blend, with its own highest dilution (null: none beyond the cap). */
    public record Ingredient(String oil, @Nullable BigDecimal ownMax, boolean phototoxic) {}

    /** One oil's share of the blend, in % of the carrier. */
    public record Share(String oil, BigDecimal percent) {

        /** Drops in 30 ml of carrier, rounded down: never more than the share. */
        public int dropsPer30ml() {
            return drops(THIRTY_ML);
        }

        /** Drops in a bottle of this many ml of carrier, rounded down. */
        public int drops(BigDecimal carrierMl) {
            return Dilution.drops(carrierMl, percent);
        }
    }

    /**
     * Each oil's share, in the order given.
     *
     * @param cap the person's cap: the lowest of the default 2 % and every cap of the receiver's answers
     */
    public static List<Share> of(BigDecimal cap, List<Ingredient> oils) {
        if (oils.isEmpty()) {
            return List.of();
        }
        BigDecimal equalShare = cap.divide(BigDecimal.valueOf(oils.size()), 2, RoundingMode.FLOOR);
        var percents = new ArrayList<BigDecimal>();
        for (var oil : oils) {
            percents.add(
                    oil.ownMax() == null
                            ? equalShare
                            : equalShare.min(oil.ownMax()).setScale(2, RoundingMode.FLOOR));
        }
        return withinOnePhototoxicDose(oils, percents);
    }

    /**
     * When the phototoxic oils together come to more than one dose, Σ(percent ÷ own max) > 1, each of them
     * is divided by that sum. Worked in exact fractions: with M the product of their maxima, the sum is
     * Σ(percent_j × M ÷ max_j) ÷ M, so percent_i ÷ sum = percent_i × M ÷ Σ(percent_j × M ÷ max_j).
     */
    private static List<Share> withinOnePhototoxicDose(List<Ingredient> oils, List<BigDecimal> percents) {
        var phototoxic = new ArrayList<Integer>();
        for (int i = 0; i < oils.size(); i++) {
            if (oils.get(i).phototoxic()
                    && oils.get(i).ownMax() != null
                    && percents.get(i).signum() > 0) {
                phototoxic.add(i);
            }
        }
        BigDecimal product = BigDecimal.ONE;
        for (int i : phototoxic) {
            product = product.multiply(oils.get(i).ownMax());
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i : phototoxic) {
            BigDecimal others = BigDecimal.ONE;
            for (int j : phototoxic) {
                others = j == i ? others : others.multiply(oils.get(j).ownMax());
            }
            weighted = weighted.add(percents.get(i).multiply(others));
        }
        var shares = new ArrayList<Share>();
        for (int i = 0; i < oils.size(); i++) {
            BigDecimal percent = percents.get(i);
            if (phototoxic.contains(i) && weighted.compareTo(product) > 0) {
                percent = percent.multiply(product).divide(weighted, 2, RoundingMode.FLOOR);
            }
            shares.add(new Share(oils.get(i).oil(), percent));
        }
        return shares;
    }
}
