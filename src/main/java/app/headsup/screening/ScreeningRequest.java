package app.headsup.screening;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One massage to screen: one receiver and, optionally, the giver whose hands do it.
 *
 * @param giver       null when the giver is not screened (a therapist screening a client)
 * @param oils        the oils meant to be used, in the order given; empty for a dry massage
 * @param patchTested oils the receiver has used or patch-tested before without a reaction
 * @param routine     the routine wanted, or null to let HeadsUp pick the best fit
 */
public record ScreeningRequest(
        boolean consent,
        ReceiverAnswers receiver,
        @Nullable GiverAnswers giver,
        List<String> oils,
        List<String> patchTested,
        @Nullable String routine) {

    public ScreeningRequest {
        oils = List.copyOf(oils);
        patchTested = List.copyOf(patchTested);
    }

    /** The same answers with this consent answer. */
    public ScreeningRequest withConsent(boolean given) {
        return new ScreeningRequest(given, receiver, giver, oils, patchTested, routine);
    }

    /** The same answers with the receiver at this age (a client's age today, from their date of birth). */
    public ScreeningRequest withAge(int ageYears) {
        var r = receiver;
        return new ScreeningRequest(
                consent,
                new ReceiverAnswers(
                        ageYears,
                        r.pregnancy(),
                        r.conditions(),
                        r.medications(),
                        r.allergies(),
                        r.localIssues(),
                        r.unsure()),
                giver,
                oils,
                patchTested,
                routine);
    }

    /** The receiver's own answers from this request; the giver, the oils and the routine from another. */
    public ScreeningRequest withGiverOilsAndRoutineOf(ScreeningRequest other) {
        return new ScreeningRequest(
                consent, receiver, other.giver(), other.oils(), other.patchTested(), other.routine());
    }

    /** The same request with these oils also patch-tested: how it will be once the tests showed nothing. */
    public ScreeningRequest withPatchTested(List<String> more) {
        var tested = new ArrayList<>(patchTested);
        more.stream().filter(oil -> !tested.contains(oil)).forEach(tested::add);
        return new ScreeningRequest(consent, receiver, giver, oils, tested, routine);
    }
}
