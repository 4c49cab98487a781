package app.headsup.screening;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.Allergy;
import app.headsup.rules.facts.Consent;
import app.headsup.rules.facts.GiverHas;
import app.headsup.rules.facts.Person;
import app.headsup.rules.facts.Receiver;
import app.headsup.rules.facts.ReceiverHas;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The request's answers as facts for the rules. Duplicates count once; a code both listed and
 * "not sure" counts as listed; a "not sure" code counts as present, marked unsure.
 */
final class AnswerFacts {

    private AnswerFacts() {}

    static List<Object> of(ScreeningRequest request, Vocabulary vocabulary) {
        var facts = new ArrayList<Object>();
        var receiver = request.receiver();
        facts.add(new Consent(request.consent()));
        facts.add(new Receiver(receiver.ageYears(), receiver.pregnancy()));

        var listed = new LinkedHashSet<String>();
        listed.addAll(receiver.conditions());
        listed.addAll(receiver.medications());
        listed.forEach(code -> facts.add(new ReceiverHas(code, false)));
        var allergies = new LinkedHashSet<>(receiver.allergies());
        allergies.forEach(code -> facts.add(new Allergy(Person.RECEIVER, code, false)));

        for (String code : new LinkedHashSet<>(receiver.unsure())) {
            if (vocabulary.contains(CodeList.ALLERGIES, code)) {
                if (!allergies.contains(code)) {
                    facts.add(new Allergy(Person.RECEIVER, code, true));
                }
            } else if (!listed.contains(code)) {
                facts.add(new ReceiverHas(code, true));
            }
        }
        facts.addAll(new LinkedHashSet<>(receiver.localIssues()));

        var giver = request.giver();
        if (giver != null) {
            new LinkedHashSet<>(giver.conditions()).forEach(code -> facts.add(new GiverHas(code)));
            new LinkedHashSet<>(giver.allergies()).forEach(code -> facts.add(new Allergy(Person.GIVER, code, false)));
        }
        return facts;
    }
}
