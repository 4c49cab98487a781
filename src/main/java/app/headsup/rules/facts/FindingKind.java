package app.headsup.rules.facts;

import org.jspecify.annotations.Nullable;

/**
 * What a finding is about, so that nobody outside the rules reads meaning out of a rule id: an answer
 * about a person's health (a condition, medicine, age or pregnancy), something on one area, an allergy,
 * the oils, the routine, or consent.
 */
public enum FindingKind {
    CONDITION,
    LOCAL,
    ALLERGY,
    OIL,
    ROUTINE,
    CONSENT;

    /**
     * The kind a rule id stands for, by the contract's naming (RECEIVER-, GIVER-, LOCAL-, ALLERGY-, OIL-,
     * BLEND-, ROUTINE-, CONSENT): only for results stored before findings recorded their kind. Rules say
     * their kind in {@code @kind}; nothing else reads a rule id.
     */
    public static FindingKind ofRule(String rule) {
        if (rule.startsWith("RECEIVER-") || rule.startsWith("GIVER-")) {
            return CONDITION;
        }
        if (rule.startsWith("LOCAL-")) {
            return LOCAL;
        }
        if (rule.startsWith("ALLERGY-")) {
            return ALLERGY;
        }
        if (rule.startsWith("OIL-") || rule.startsWith("BLEND-")) {
            return OIL;
        }
        if (rule.startsWith("ROUTINE-")) {
            return ROUTINE;
        }
        if (rule.equals("CONSENT")) {
            return CONSENT;
        }
        throw new IllegalArgumentException("no kind of finding is named like " + rule);
    }

    /** The answer code an old stored finding's rule is about (RECEIVER-FEVER → FEVER), if any; see {@link #ofRule}. */
    public static @Nullable String codeOfRule(String rule) {
        return switch (ofRule(rule)) {
            case CONDITION, LOCAL, ALLERGY -> rule.substring(rule.lastIndexOf('-') + 1);
            case OIL, ROUTINE, CONSENT -> null;
        };
    }
}
