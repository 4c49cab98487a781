package app.headsup.screening;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A couple answers once each: what a partner said about themselves as the one massaged counts again when
 * they give. Their pregnancy, an illness, epilepsy, asthma or a cold sore are giver conditions too, and their
 * allergies are the giver's allergies. A giver's answers have no "not sure", so "not sure" counts as yes.
 */
public final class PartnerAsGiver {

    private static final String PREGNANCY = "PREGNANCY";

    private PartnerAsGiver() {}

    /**
     * @param own   the partner's answers about themselves
     * @param hands what they said about their hands, asked of them as a giver only
     */
    public static GiverAnswers of(ReceiverAnswers own, Collection<String> hands, Vocabulary vocabulary) {
        var conditions = new LinkedHashSet<>(hands);
        for (String code : vocabulary.codes(CodeList.GIVER_CONDITIONS)) {
            boolean fromOwnAnswers = code.equals(PREGNANCY) && own.pregnancy() != Pregnancy.NO
                    || vocabulary.contains(CodeList.RECEIVER_CONDITIONS, code)
                            && (own.conditions().contains(code) || own.unsure().contains(code))
                    || own.localIssues().stream().map(LocalIssue::kind).anyMatch(code::equals);
            if (fromOwnAnswers) {
                conditions.add(code);
            }
        }
        var allergies = new LinkedHashSet<>(own.allergies());
        own.unsure().stream()
                .filter(code -> vocabulary.contains(CodeList.ALLERGIES, code))
                .forEach(allergies::add);
        return new GiverAnswers(List.copyOf(conditions), List.copyOf(allergies));
    }

    /** A giver condition a partner has already answered about themselves, so their hands step does not ask it. */
    public static boolean answeredAboutOneself(String giverCode, Vocabulary vocabulary) {
        return giverCode.equals(PREGNANCY)
                || vocabulary.contains(CodeList.RECEIVER_CONDITIONS, giverCode)
                || vocabulary.contains(CodeList.LOCAL_ISSUE_KINDS, giverCode);
    }
}
