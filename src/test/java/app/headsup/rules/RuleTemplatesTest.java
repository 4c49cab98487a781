package app.headsup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.rules.facts.FindingKind;
import app.headsup.rules.facts.Person;
import app.headsup.screening.TestRules;
import org.junit.jupiter.api.Test;

/** A row of a rule table is a rule like a written-out one, and says which table it is a row of. */
class RuleTemplatesTest {

    private final RuleSet rules = TestRules.ruleSet();

    @Test
    void aTableRowIsARuleWithItsKindCodePersonAndTable() {
        var diabetes = rules.describe("RECEIVER-DIABETES");
        assertThat(diabetes.file()).isEqualTo("receiver-conditions.csv");
        assertThat(diabetes.kind()).isEqualTo(FindingKind.CONDITION);
        assertThat(diabetes.code()).isEqualTo("DIABETES");
        assertThat(diabetes.person()).isEqualTo(Person.RECEIVER);
        assertThat(diabetes.areas()).containsExactly("FEET");
        assertThat(rules.describe("GIVER-FEVER").person()).isEqualTo(Person.GIVER);
        assertThat(rules.describe("LOCAL-BRUISE").file()).isEqualTo("local-issues.csv");
        assertThat(rules.describe("ALLERGY-TREE_NUT").family()).isEqualTo("TREE_NUT");
        assertThat(rules.describe("RECEIVER-AGE_75_PLUS").file()).isEqualTo("age-bands.csv");
    }

    @Test
    void aWrittenOutRuleIsFoundInItsFile() {
        assertThat(rules.describe("OIL-AVOID").file()).isEqualTo("oils.drl");
        assertThat(rules.describe("RECEIVER-PREGNANCY").file()).isEqualTo("pregnancy.drl");
    }

    @Test
    void theFolderCompiledAtStartUpGivesTheSameRulesAsTheBuildsModel() {
        var compiled = RuleSetLoader.compileFromDrl(RuleFiles.fromClasspath());
        assertThat(compiled.compiledAtBuild()).isFalse();
        assertThat(compiled.rules()).isEqualTo(rules.rules());
    }
}
