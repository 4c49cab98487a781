package app.headsup.intake.record;

import app.headsup.screening.ScreeningRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a therapist signs: one client's answers for a visit, as the client confirmed them.
 *
 * @param clientId the client, who must be the signing therapist's
 * @param request the answers, screened again when signed
 * @param confirmation the client's confirmation and consent
 * @param submissionKey one per filled-in form (the UI makes it when the form opens), so that a form sent
 *        twice is one intake
 * @param corrects the intake this one corrects, or null for a new visit
 * @param prefillLinkId the completed pre-fill link whose answers were reviewed, or null
 */
public record Signing(
        long clientId,
        ScreeningRequest request,
        Confirmation confirmation,
        String submissionKey,
        @Nullable Long corrects,
        @Nullable Long prefillLinkId) {

    /** A new visit's intake, entered by the therapist with the client. */
    public static Signing of(long clientId, ScreeningRequest request, Confirmation confirmation, String submissionKey) {
        return new Signing(clientId, request, confirmation, submissionKey, null, null);
    }

    /** The same, as the correction of an earlier intake (null: a new visit). */
    public Signing correcting(@Nullable Long intakeId) {
        return new Signing(clientId, request, confirmation, submissionKey, intakeId, prefillLinkId);
    }

    /** The same, reviewed from the answers the client gave through a pre-fill link (null: none). */
    public Signing fromPrefill(@Nullable Long linkId) {
        return new Signing(clientId, request, confirmation, submissionKey, corrects, linkId);
    }
}
