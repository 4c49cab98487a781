package app.headsup.ui.questionnaire;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.GiverAnswers;
import app.headsup.screening.ReceiverAnswers;
import app.headsup.screening.ScreeningRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one person has answered so far, kept in the UI session only (nothing is stored).
 * Turned into a {@link ScreeningRequest} when the result is asked for.
 */
public class Answers {

    private @Nullable Boolean consent;
    private @Nullable Integer ageYears;
    private Pregnancy pregnancy = Pregnancy.NO;
    private final Map<String, Reply> health = new LinkedHashMap<>();
    private final Map<String, Reply> allergies = new LinkedHashMap<>();
    private final List<LocalIssue> localIssues = new ArrayList<>();
    private boolean giverScreened = true;
    private final Set<String> giverConditions = new LinkedHashSet<>();
    private final Set<String> giverAllergies = new LinkedHashSet<>();
    private final Set<String> oils = new LinkedHashSet<>();
    private final Set<String> tested = new LinkedHashSet<>();
    private @Nullable String routine;

    public @Nullable Boolean getConsent() {
        return consent;
    }

    public void setConsent(@Nullable Boolean consent) {
        this.consent = consent;
    }

    public @Nullable Integer getAgeYears() {
        return ageYears;
    }

    public Pregnancy getPregnancy() {
        return pregnancy;
    }

    public void setAgeYears(@Nullable Integer ageYears) {
        this.ageYears = ageYears;
    }

    public void setPregnancy(@Nullable Pregnancy pregnancy) {
        this.pregnancy = pregnancy == null ? Pregnancy.NO : pregnancy;
    }

    /** The reply to a health question so far; "no" until answered. */
    public Reply health(String code) {
        return health.getOrDefault(code, Reply.NO);
    }

    public Reply allergy(String code) {
        return allergies.getOrDefault(code, Reply.NO);
    }

    public boolean giverScreened() {
        return giverScreened;
    }

    public @Nullable String routine() {
        return routine;
    }

    public void health(String code, @Nullable Reply reply) {
        health.put(code, reply == null ? Reply.NO : reply);
    }

    public void allergy(String code, @Nullable Reply reply) {
        allergies.put(code, reply == null ? Reply.NO : reply);
    }

    public List<LocalIssue> localIssues() {
        return localIssues;
    }

    public void setGiverScreened(boolean giverScreened) {
        this.giverScreened = giverScreened;
    }

    public Set<String> giverConditions() {
        return giverConditions;
    }

    public Set<String> giverAllergies() {
        return giverAllergies;
    }

    public Set<String> oils() {
        return oils;
    }

    public Set<String> tested() {
        return tested;
    }

    public void setRoutine(@Nullable String routine) {
        this.routine = routine;
    }

    /**
     * Answers that start from an earlier request: a returning client's last intake, or a saved draft.
     *
     * @param consent the consent answer, or null when it is to be asked again
     */
    public static Answers from(ScreeningRequest request, @Nullable Boolean consent, Vocabulary vocabulary) {
        var answers = new Answers();
        answers.consent = consent;
        var receiver = request.receiver();
        answers.ageYears = receiver.ageYears();
        answers.pregnancy = receiver.pregnancy();
        receiver.conditions().forEach(code -> answers.health.put(code, Reply.YES));
        receiver.medications().forEach(code -> answers.health.put(code, Reply.YES));
        receiver.allergies().forEach(code -> answers.allergies.put(code, Reply.YES));
        for (String code : receiver.unsure()) {
            (vocabulary.receiverListOf(code) == CodeList.ALLERGIES ? answers.allergies : answers.health)
                    .put(code, Reply.NOT_SURE);
        }
        answers.localIssues.addAll(receiver.localIssues());
        var giver = request.giver();
        answers.giverScreened = giver != null;
        if (giver != null) {
            answers.giverConditions.addAll(giver.conditions());
            answers.giverAllergies.addAll(giver.allergies());
        }
        answers.oils.addAll(request.oils());
        answers.tested.addAll(request.patchTested());
        answers.routine = request.routine();
        return answers;
    }

    /** The request to screen one massage; "not sure" answers go into {@code receiver.unsure}. */
    public ScreeningRequest toRequest(Vocabulary vocabulary) {
        return request(
                vocabulary,
                giverScreened ? new GiverAnswers(List.copyOf(giverConditions), List.copyOf(giverAllergies)) : null);
    }

    /** This person receiving a massage from a partner: the partner's hands and own allergies count. */
    public ScreeningRequest receivingFrom(Answers giver, Vocabulary vocabulary) {
        return request(vocabulary, new GiverAnswers(List.copyOf(giver.giverConditions), giver.ownAllergies()));
    }

    /** Allergies answered yes or "not sure": a giver has no "unsure" list, so not sure counts as yes. */
    private List<String> ownAllergies() {
        return allergies.entrySet().stream()
                .filter(e -> e.getValue() != Reply.NO)
                .map(Map.Entry::getKey)
                .toList();
    }

    private ScreeningRequest request(Vocabulary vocabulary, @Nullable GiverAnswers giver) {
        var conditions = new ArrayList<String>();
        var medications = new ArrayList<String>();
        var unsure = new ArrayList<String>();
        health.forEach((code, reply) -> {
            if (reply == Reply.NOT_SURE) {
                unsure.add(code);
            } else if (reply == Reply.YES) {
                (vocabulary.receiverListOf(code) == CodeList.MEDICATIONS ? medications : conditions).add(code);
            }
        });
        var allergyCodes = new ArrayList<String>();
        allergies.forEach((code, reply) -> {
            if (reply == Reply.YES) {
                allergyCodes.add(code);
            } else if (reply == Reply.NOT_SURE) {
                unsure.add(code);
            }
        });
        var receiver = new ReceiverAnswers(
                ageYears == null ? 0 : ageYears, pregnancy, conditions, medications, allergyCodes, localIssues, unsure);
        return new ScreeningRequest(
                Boolean.TRUE.equals(consent), receiver, giver, List.copyOf(oils), List.copyOf(tested), routine);
    }
}
