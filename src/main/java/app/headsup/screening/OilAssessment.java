package app.headsup.screening;

import app.headsup.catalogue.Oil;
import app.headsup.rules.facts.AssessedOil;
import app.headsup.rules.facts.OilStatus;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One requested oil, assessed: its status, every reason it is avoided, and its highest dilution. */
record OilAssessment(
        Oil oil,
        OilStatus status,
        List<String> reasons,
        @Nullable BigDecimal maxDilutionPercent) {

    OilAssessment {
        reasons = List.copyOf(reasons);
    }

    boolean isOk() {
        return status == OilStatus.OK;
    }

    /** An OK essential oil going into a blend, with the most it may be on its own. */
    boolean goesIntoABlend() {
        return oil.essential() && isOk();
    }

    Blend.Ingredient ingredient() {
        return new Blend.Ingredient(oil.code(), maxDilutionPercent, oil.phototoxic());
    }

    /** @param dropsPer30ml this oil's drops per 30 ml at its share of the blend (0 when not in one) */
    AssessedOil fact(int dropsPer30ml) {
        return new AssessedOil(oil.code(), status, oil.essential(), oil.phototoxic(), oil.irritant(), dropsPer30ml);
    }

    OilResult result() {
        return new OilResult(oil.code(), status, reasons, maxDilutionPercent);
    }
}
