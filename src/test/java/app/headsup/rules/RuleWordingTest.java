package app.headsup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.screening.TestRules;
import org.junit.jupiter.api.Test;

/** How a rule's message reads under the heading its level gives it on the result and in the record. */
class RuleWordingTest {

    private final RuleSet rules = TestRules.ruleSet();

    @Test
    void anAreaFindingSaysWhichAreaToLeaveOutBeforeAnythingElse() {
        // Its heading is "Leave these areas out": a message that opens with the midwife or the oils reads as
        // misfiled there, so the first clause is the one about the area.
        assertThat(rules.rules())
                .filteredOn(rule -> rule.level() == Level.AVOID_AREA)
                .hasSizeGreaterThan(10)
                .allSatisfy(rule -> assertThat(rule.message().split("[;:(]")[0].toLowerCase())
                        .as(rule.rule())
                        .contains("leave"));
    }
}
