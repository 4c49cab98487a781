package app.headsup.rules;

import app.headsup.catalogue.CodeList;
import app.headsup.rules.facts.Allergy;
import app.headsup.rules.facts.AssessedOil;
import app.headsup.rules.facts.Consent;
import app.headsup.rules.facts.GiverHas;
import app.headsup.rules.facts.Hit;
import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.OilStatus;
import app.headsup.rules.facts.Person;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.rules.facts.Receiver;
import app.headsup.rules.facts.ReceiverHas;
import app.headsup.rules.facts.RequestedOil;
import app.headsup.rules.facts.RoutinePlan;
import java.util.HashSet;
import java.util.TreeSet;

/**
 * Runs the new rule set once over every code of the vocabulary and every oil, before it is put
 * to use. A rule whose consequence throws, or that cannot fire for any answer at all (a typo in
 * the code it matches), keeps the whole rule set from loading.
 */
final class SelfCheck {

    private static final int[] AGES = {0, 3, 7, 12, 16, 80};

    private SelfCheck() {}

    static void run(RuleSet ruleSet) {
        var vocabulary = ruleSet.catalogues().vocabulary();
        var fired = new HashSet<String>();
        try (var session = new RuleSession(ruleSet, ruleSet.newSession())) {
            for (int age : AGES) {
                session.insert(new Receiver(age, Pregnancy.UNSURE));
            }
            session.insert(new Consent(false));
            vocabulary.codes(CodeList.RECEIVER_CONDITIONS).forEach(c -> session.insert(new ReceiverHas(c, false)));
            vocabulary.codes(CodeList.MEDICATIONS).forEach(c -> session.insert(new ReceiverHas(c, false)));
            vocabulary.codes(CodeList.GIVER_CONDITIONS).forEach(c -> session.insert(new GiverHas(c)));
            for (String allergy : vocabulary.codes(CodeList.ALLERGIES)) {
                session.insert(new Allergy(Person.RECEIVER, allergy, false));
                session.insert(new Allergy(Person.GIVER, allergy, true));
            }
            vocabulary.codes(CodeList.LOCAL_ISSUE_KINDS).forEach(k -> session.insert(new LocalIssue(k, "SCALP")));
            ruleSet.catalogues()
                    .oils()
                    .all()
                    .forEach(o -> session.insert(new RequestedOil(o.code(), o.essential(), o.families())));
            session.insert(new AssessedOil("A", OilStatus.AVOID, true, false, false, 6));
            session.insert(new AssessedOil("B", OilStatus.PATCH_TEST_FIRST, true, true, true, 6));
            session.insert(new AssessedOil("C", OilStatus.OK, true, false, false, 0));
            session.insert(new RoutinePlan("R", true, true, null));
            session.fire().stream().map(Hit::rule).forEach(fired::add);
        } catch (RulesUnavailableException e) {
            throw new RuleSetException("self-check: " + e.getMessage(), e);
        }
        var silent = new TreeSet<String>();
        ruleSet.rules().stream()
                .map(RuleDescription::rule)
                .filter(r -> !fired.contains(r))
                .forEach(silent::add);
        if (!silent.isEmpty()) {
            throw new RuleSetException("self-check: these rules fire for no code of the vocabulary: " + silent);
        }
    }
}
