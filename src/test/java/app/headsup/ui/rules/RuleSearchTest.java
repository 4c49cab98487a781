package app.headsup.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.rules.RuleDescription;
import app.headsup.rules.RuleEngine;
import app.headsup.screening.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules page's search over the packaged rule set, as a person types. */
class RuleSearchTest {

    private static final RuleEngine ENGINE = TestRules.engine();

    private static List<String> found(String query) {
        var oils = ENGINE.catalogues().oils().all();
        return ENGINE.ruleSet().rules().stream()
                .filter(rule -> new RuleSearch(rule, oils).matches(query))
                .map(RuleDescription::rule)
                .toList();
    }

    @Test
    void anOilFindsEveryRuleThatRulesItOutByItsName() {
        assertThat(found("lavender"))
                .contains("RECEIVER-PREGNANCY", "RECEIVER-AGE_UNDER_2")
                .isNotEmpty();
        assertThat(found("ylang")).isNotEmpty();
        assertThat(found("Lavender")).isEqualTo(found("lavender"));
    }

    @Test
    void wordFormsFindTheSameRules() {
        assertThat(found("pregnant")).isEqualTo(found("pregnancy")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(found("scalps")).isEqualTo(found("scalp"));
    }

    @Test
    void everyWordTypedMustMatchAndAShortWordIsAStart() {
        assertThat(found("hearing")).containsExactly("RECEIVER-HEARING_AID");
        assertThat(found("lav")).containsAll(found("lavender"));
        assertThat(found("pregnancy scalp")).isSubsetOf(found("pregnancy")).isSubsetOf(found("scalp"));
        assertThat(found("zzzz")).isEmpty();
    }
}
