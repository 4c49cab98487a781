package app.headsup.ui.questionnaire;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.GiverAnswers;
import app.headsup.screening.PartnerAsGiver;
import app.headsup.screening.ReceiverAnswers;
import app.headsup.screening.ScreeningRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
    // Nothing is answered for the person: every safety question starts empty (null, or absent from a map).
    private @Nullable Pregnancy pregnancy;
    private final Map<String, Reply> health = new LinkedHashMap<>();
    private final Map<String, Reply> allergies = new LinkedHashMap<>();
    private final List<LocalIssue> localIssues = new ArrayList<>();
    private boolean giverScreened = true;
    private boolean giverAllergiesAnswered;
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

    public @Nullable Pregnancy getPregnancy() {
        return pregnancy;
    }

    public void setAgeYears(@Nullable Integer ageYears) {
        this.ageYears = ageYears;
    }

    public void setPregnancy(@Nullable Pregnancy pregnancy) {
        this.pregnancy = pregnancy;
    }

    /** The reply to a health question; "no" when it was never asked (its theme was answered "no"). */
    public Reply health(String code) {
        return health.getOrDefault(code, Reply.NO);
    }

    public Reply allergy(String code) {
        return allergies.getOrDefault(code, Reply.NO);
    }

    /** The reply given to a health question, or null while it is unanswered. */
    public @Nullable Reply healthReply(String code) {
        return health.get(code);
    }

    public @Nullable Reply allergyReply(String code) {
        return allergies.get(code);
    }

    public boolean giverScreened() {
        return giverScreened;
    }

    /** Whether the giver's allergies were already answered (earlier answers), so the question shows them. */
    boolean giverAllergiesAnswered() {
        return giverAllergiesAnswered;
    }

    public @Nullable String routine() {
        return routine;
    }

    public void health(String code, @Nullable Reply reply) {
        answer(health, code, reply);
    }

    public void allergy(String code, @Nullable Reply reply) {
        answer(allergies, code, reply);
    }

    private static void answer(Map<String, Reply> replies, String code, @Nullable Reply reply) {
        if (reply == null) {
            replies.remove(code);
        } else {
            replies.put(code, reply);
        }
    }

    /** What is marked on each area, at most one thing per area; a copy, changed only through {@link #mark}. */
    public List<LocalIssue> localIssues() {
        return List.copyOf(localIssues);
    }

    /** Marks what is on this area ({@code kind}), or that nothing is there (null). */
    public void mark(String area, @Nullable String kind) {
        localIssues.removeIf(issue -> issue.area().equals(area));
        if (kind != null) {
            localIssues.add(new LocalIssue(kind, area));
        }
    }

    public void setGiverScreened(boolean giverScreened) {
        this.giverScreened = giverScreened;
    }

    public Set<String> giverConditions() {
        return Collections.unmodifiableSet(giverConditions);
    }

    public void setGiverConditions(Collection<String> codes) {
        replace(giverConditions, codes);
    }

    public Set<String> giverAllergies() {
        return Collections.unmodifiableSet(giverAllergies);
    }

    public void setGiverAllergies(Collection<String> codes) {
        replace(giverAllergies, codes);
    }

    public Set<String> oils() {
        return Collections.unmodifiableSet(oils);
    }

    public void setOils(Collection<String> codes) {
        replace(oils, codes);
    }

    public Set<String> tested() {
        return Collections.unmodifiableSet(tested);
    }

    public void setTested(Collection<String> codes) {
        replace(tested, codes);
    }

    private static void replace(Set<String> target, Collection<String> values) {
        target.clear();
        target.addAll(values);
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
        // Every question was answered then: what was not yes or not sure was no.
        for (var list : List.of(CodeList.RECEIVER_CONDITIONS, CodeList.MEDICATIONS)) {
            vocabulary.codes(list).forEach(code -> answers.health.put(code, Reply.NO));
        }
        vocabulary.codes(CodeList.ALLERGIES).forEach(code -> answers.allergies.put(code, Reply.NO));
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
        answers.giverAllergiesAnswered = true;
        if (giver != null) {
            answers.giverConditions.addAll(giver.conditions());
            answers.giverAllergies.addAll(giver.allergies());
        }
        answers.oils.addAll(request.oils());
        answers.tested.addAll(request.patchTested());
        answers.routine = request.routine();
        return answers;
    }

    /**
     * Answers resumed from a draft a person saved while on step {@code step} of
     * {@link Questionnaire#aboutThemselves}. A draft keeps "no" and "never answered" alike, so on that step and
     * the ones after it a "no" is asked again; "yes" and "not sure" are kept.
     */
    public static Answers resumed(ScreeningRequest draft, @Nullable Boolean consent, Vocabulary vocabulary, int step) {
        var answers = from(draft, consent, vocabulary);
        var besidePregnancy = vocabulary.codesInTheme(HealthTheme.BESIDE_PREGNANCY);
        var besideConsent = vocabulary.codesInTheme(HealthTheme.BESIDE_CONSENT);
        if (step <= Questionnaire.CONSENT_STEP) {
            besideConsent.forEach(code -> answers.health.remove(code, Reply.NO));
        }
        if (step <= Questionnaire.AGE_STEP) {
            answers.pregnancy = answers.pregnancy == Pregnancy.NO ? null : answers.pregnancy;
            besidePregnancy.forEach(code -> answers.health.remove(code, Reply.NO));
        }
        if (step <= Questionnaire.HEALTH_STEP) {
            answers.health
                    .entrySet()
                    .removeIf(e -> e.getValue() == Reply.NO
                            && !besidePregnancy.contains(e.getKey())
                            && !besideConsent.contains(e.getKey()));
        }
        if (step <= Questionnaire.ALLERGIES_STEP) {
            answers.allergies.values().removeIf(reply -> reply == Reply.NO);
        }
        return answers;
    }

    /** The request to screen one massage; "not sure" answers go into {@code receiver.unsure}. */
    public ScreeningRequest toRequest(Vocabulary vocabulary) {
        return request(
                vocabulary,
                giverScreened ? new GiverAnswers(List.copyOf(giverConditions), List.copyOf(giverAllergies)) : null);
    }

    /** This person receiving a massage from a partner, who gives it as what they said about themselves. */
    public ScreeningRequest receivingFrom(Answers giver, Vocabulary vocabulary) {
        return request(vocabulary, giver.asGiver(vocabulary));
    }

    /** This person giving a massage: their hands, and what they answered about themselves ({@link PartnerAsGiver}). */
    GiverAnswers asGiver(Vocabulary vocabulary) {
        return PartnerAsGiver.of(request(vocabulary, null).receiver(), giverConditions, vocabulary);
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
        // Pregnancy is asked before any result; only a "no" to consent skips it, and then it changes nothing.
        var receiver = new ReceiverAnswers(
                ageYears,
                pregnancy == null ? Pregnancy.NO : pregnancy,
                conditions,
                medications,
                allergyCodes,
                localIssues,
                unsure);
        return new ScreeningRequest(
                Boolean.TRUE.equals(consent), receiver, giver, List.copyOf(oils), List.copyOf(tested), routine);
    }
}
