package app.headsup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleFilesTest {

    @Test
    void theHashIgnoresLineEndingsButNotContentOrNames() {
        var lf = new RuleFiles("a", Map.of("x.drl", "rule\nend\n", "y.csv", "a,b\n"));
        var crlf = new RuleFiles("b", Map.of("y.csv", "a,b\r\n", "x.drl", "rule\r\nend\r\n"));
        assertThat(crlf.hash()).isEqualTo(lf.hash()).hasSize(7).matches("[0-9a-f]{7}");
        assertThat(new RuleFiles("c", Map.of("x.drl", "rule\nend \n", "y.csv", "a,b\n")).hash())
                .isNotEqualTo(lf.hash());
        assertThat(new RuleFiles("d", Map.of("z.drl", "rule\nend\n", "y.csv", "a,b\n")).hash())
                .isNotEqualTo(lf.hash());
    }

    @Test
    void thePackagedRulesHaveEveryConcernInItsOwnFile() {
        assertThat(RuleFiles.fromClasspath().files().keySet())
                .contains(
                        "receiver-conditions.csv",
                        "receiver-conditions.drt",
                        "age-bands.csv",
                        "pregnancy.drl",
                        "giver-conditions.csv",
                        "local-issues.csv",
                        "allergy-families.csv",
                        "allergies.drl",
                        "rule-texts.csv",
                        "oils.drl",
                        "combine.drl",
                        "oils.csv",
                        "routines.csv",
                        "vocabulary.csv",
                        "sources.csv",
                        "guidance.csv",
                        "ruleset.properties");
    }
}
