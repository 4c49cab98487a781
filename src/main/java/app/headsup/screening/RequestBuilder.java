package app.headsup.screening;

import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Screening requests built by name rather than position, short to write: {@code receiver(30).conditions("FEVER")}.
 * Used by the oil checker and the intake, and by the tests.
 */
public final class RequestBuilder {

    private boolean consent = true;
    private int age;
    private Pregnancy pregnancy = Pregnancy.NO;
    private final List<String> conditions = new ArrayList<>();
    private final List<String> medications = new ArrayList<>();
    private final List<String> allergies = new ArrayList<>();
    private final List<LocalIssue> localIssues = new ArrayList<>();
    private final List<String> unsure = new ArrayList<>();
    private @Nullable List<String> giverConditions;
    private @Nullable List<String> giverAllergies;
    private final List<String> oils = new ArrayList<>();
    private final List<String> patchTested = new ArrayList<>();
    private @Nullable String routine;

    private RequestBuilder(int age) {
        this.age = age;
    }

    public static RequestBuilder receiver(int ageYears) {
        return new RequestBuilder(ageYears);
    }

    public RequestBuilder consent(boolean given) {
        consent = given;
        return this;
    }

    public RequestBuilder pregnancy(Pregnancy answer) {
        pregnancy = answer;
        return this;
    }

    public RequestBuilder conditions(String... codes) {
        conditions.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder medications(String... codes) {
        medications.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder allergies(String... codes) {
        allergies.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder unsure(String... codes) {
        unsure.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder local(String kind, String area) {
        localIssues.add(new LocalIssue(kind, area));
        return this;
    }

    public RequestBuilder giverConditions(String... codes) {
        giver();
        giverConditions.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder giverAllergies(String... codes) {
        giver();
        giverAllergies.addAll(List.of(codes));
        return this;
    }

    /** Screens the giver, with nothing to report unless more is added. */
    public RequestBuilder giver() {
        if (giverConditions == null) {
            giverConditions = new ArrayList<>();
            giverAllergies = new ArrayList<>();
        }
        return this;
    }

    public RequestBuilder oils(String... codes) {
        oils.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder tested(String... codes) {
        patchTested.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder routine(String id) {
        routine = id;
        return this;
    }

    /** Answers from another builder's receiver added to this one (for monotonicity properties). */
    public RequestBuilder copy() {
        var copy = new RequestBuilder(age).consent(consent).pregnancy(pregnancy);
        copy.conditions.addAll(conditions);
        copy.medications.addAll(medications);
        copy.allergies.addAll(allergies);
        copy.localIssues.addAll(localIssues);
        copy.unsure.addAll(unsure);
        if (giverConditions != null) {
            copy.giver();
            copy.giverConditions.addAll(giverConditions);
            copy.giverAllergies.addAll(giverAllergies);
        }
        copy.oils.addAll(oils);
        copy.patchTested.addAll(patchTested);
        copy.routine = routine;
        return copy;
    }

    public ScreeningRequest build() {
        var giver = giverConditions == null ? null : new GiverAnswers(giverConditions, giverAllergies);
        return new ScreeningRequest(
                consent,
                new ReceiverAnswers(age, pregnancy, conditions, medications, allergies, localIssues, unsure),
                giver,
                oils,
                patchTested,
                routine);
    }
}
