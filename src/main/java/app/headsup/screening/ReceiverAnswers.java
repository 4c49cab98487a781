package app.headsup.screening;

import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the receiver told us. {@code unsure} holds condition, medication or allergy codes the
 * person is not sure about: they count as yes. {@code ageYears} is null only when the questions ended
 * before it was asked (a "no" to consent in the app); the API always requires it.
 */
public record ReceiverAnswers(
        @Nullable Integer ageYears,
        Pregnancy pregnancy,
        List<String> conditions,
        List<String> medications,
        List<String> allergies,
        List<LocalIssue> localIssues,
        List<String> unsure) {

    /** Ages are whole years from 0 to this, everywhere they are asked. */
    public static final int MAX_AGE = 120;

    /** Below this age nobody is asked about pregnancy: it cannot apply (the oil checker takes "no"). */
    public static final int PREGNANCY_ASKED_FROM = 10;

    public ReceiverAnswers {
        conditions = List.copyOf(conditions);
        medications = List.copyOf(medications);
        allergies = List.copyOf(allergies);
        localIssues = List.copyOf(localIssues);
        unsure = List.copyOf(unsure);
    }

    /** A receiver with nothing to report. */
    public static ReceiverAnswers healthy(int ageYears) {
        return new ReceiverAnswers(ageYears, Pregnancy.NO, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
