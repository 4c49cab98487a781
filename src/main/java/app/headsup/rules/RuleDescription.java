package app.headsup.rules;

import app.headsup.catalogue.Oil;
import app.headsup.rules.facts.FindingKind;
import app.headsup.rules.facts.Hit;
import app.headsup.rules.facts.Person;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One rule as its metadata and its texts describe it: the knowledge row it stands for. Everything the API
 * and the UI say about a rule comes from here, never from a copy kept elsewhere.
 *
 * @param rule            the DRL rule name
 * @param file            the hand-written .drl or the rule table the rule comes from
 * @param kind            what its findings are about, as the rule says: nothing reads it from the name
 * @param code            the answer code it is about (a condition, medicine, age band, local issue, allergy)
 * @param person          whose answer it reads, where the rule is about one person's condition
 * @param levelWithoutOil the level when the rule names no requested oil (allergies: INFO)
 * @param cautionAreas    areas a routine still works on where the message is said again, at those steps
 *                        (mustard oil stays off the face: shown at the face, forehead and temple steps)
 * @param pressure        LIGHT when the row asks for light pressure, else null
 * @param cap             the highest essential-oil dilution in % the row allows the receiver
 * @param avoidOils       oil codes the row rules out; {@value #ALL_ESSENTIAL} for every essential oil
 * @param family          the allergen family an allergy row rules out
 */
public record RuleDescription(
        String rule,
        String file,
        FindingKind kind,
        @Nullable String code,
        @Nullable Person person,
        Level level,
        @Nullable Level levelWithoutOil,
        List<String> areas,
        List<String> cautionAreas,
        @Nullable Pressure pressure,
        @Nullable BigDecimal cap,
        Set<String> avoidOils,
        @Nullable String family,
        String message,
        @Nullable String messageWithoutOil,
        @Nullable String messageWithoutAlternative,
        String reason,
        List<String> sourceKeys,
        String source) {

    public static final String ALL_ESSENTIAL = "ALL_ESSENTIAL";
    static final String ALLERGY = "ALLERGY-";

    public RuleDescription {
        areas = List.copyOf(areas);
        cautionAreas = List.copyOf(cautionAreas);
        avoidOils = Set.copyOf(avoidOils);
        sourceKeys = List.copyOf(sourceKeys);
    }

    /** The finding ids this rule can raise: allergy rules raise one per person. */
    public List<String> ids() {
        if (rule.startsWith(ALLERGY)) {
            String code = rule.substring(ALLERGY.length());
            return List.of(ALLERGY + "RECEIVER-" + code, ALLERGY + "GIVER-" + code);
        }
        return List.of(rule);
    }

    /** A row of the receiver's conditions, medicines, age or pregnancy (not the giver's). */
    public boolean aboutTheReceiver() {
        return kind == FindingKind.CONDITION && person == Person.RECEIVER;
    }

    /** Whether this row, when it applies, rules the oil out. */
    public boolean avoids(Oil oil) {
        return avoidOils.contains(oil.code())
                || (oil.essential() && avoidOils.contains(ALL_ESSENTIAL))
                || (family != null && oil.families().contains(family));
    }

    public Level levelOf(Hit hit) {
        return hit.oils().isEmpty() && levelWithoutOil != null ? levelWithoutOil : level;
    }

    /** The areas a hit of this rule covers: its local issue's area, or the row's areas when it avoids them. */
    public List<String> areasOf(Hit hit) {
        if (!hit.areas().isEmpty()) {
            return hit.areas();
        }
        return levelOf(hit) == Level.AVOID_AREA ? areas : List.of();
    }

    /** The message template for this hit; placeholders are filled in by the screening. */
    public String messageOf(Hit hit) {
        if (hit.oils().isEmpty() && messageWithoutOil != null) {
            return messageWithoutOil;
        }
        if (hit.routine() != null && hit.alternative() == null && messageWithoutAlternative != null) {
            return messageWithoutAlternative;
        }
        return message;
    }

    /** The message as a rule catalogue shows it, with its placeholders in general words. */
    public String generalMessage() {
        return message.replace("{oils}", "the oils concerned")
                .replace("{areas}", "the area concerned")
                .replace("{routine}", "the routine")
                .replace("{alternative}", "Another routine");
    }

    public boolean asksLightPressure() {
        return pressure == Pressure.LIGHT;
    }
}
