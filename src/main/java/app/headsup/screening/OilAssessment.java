package app.headsup.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.headsup.catalogue.Oil;
import app.headsup.rules.facts.AssessedOil;
import app.headsup.rules.facts.OilStatus;

/** One requested oil, assessed: its status, every reason it is avoided, and its highest dilution. */
record OilAssessment(Oil oil, OilStatus status, List<String> reasons, @Nullable BigDecimal maxDilutionPercent) {

    private static final BigDecimal DROPS_PER_PERCENT_IN_30ML = BigDecimal.valueOf(6);

    OilAssessment {
        reasons = List.copyOf(reasons);
    }

    /** floor(percent × 6), exactly: 1 drop ≈ 0.05 ml, so 1 % of 30 ml ≈ 6 drops. */
    int dropsPer30ml() {
        if (maxDilutionPercent == null) {
            return 0;
        }
        return maxDilutionPercent.multiply(DROPS_PER_PERCENT_IN_30ML).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    boolean isOk() {
        return status == OilStatus.OK;
    }

    AssessedOil fact() {
        return new AssessedOil(oil.code(), status, oil.essential(), oil.phototoxic(), dropsPer30ml());
    }

    OilResult result() {
        return new OilResult(oil.code(), status, reasons, maxDilutionPercent);
    }
}
