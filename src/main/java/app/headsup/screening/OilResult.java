package app.headsup.screening;

import app.headsup.rules.facts.OilStatus;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one requested oil.
 *
 * @param reasons            every reason it is avoided (empty unless AVOID)
 * @param maxDilutionPercent for essential oils not avoided: the highest dilution for this receiver
 */
public record OilResult(
        String oil,
        OilStatus status,
        List<String> reasons,
        @Nullable BigDecimal maxDilutionPercent) {

    public OilResult {
        reasons = List.copyOf(reasons);
    }
}
