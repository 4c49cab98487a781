package app.headsup.screening;

import java.util.List;

/**
 * An oil check: the screening of the answers as given, and the shares of the person's cap the essential
 * oils would have in one bottle once every oil has passed its patch test (a dilution calculator's bottle is
 * made for after the test).
 */
public record OilCheck(Screening screening, List<RoutineResult.BlendLine> sharesOncePatchTested) {

    public OilCheck {
        sharesOncePatchTested = List.copyOf(sharesOncePatchTested);
    }
}
