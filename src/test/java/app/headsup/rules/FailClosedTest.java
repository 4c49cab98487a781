package app.headsup.rules;

import static app.headsup.screening.RequestBuilder.receiver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.headsup.screening.ScreeningService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule folder that is wrong in any way leaves the engine down with the reason, never guessing. */
class FailClosedTest {

    @TempDir
    Path temp;

    private RuleEngine engineOn(Path folder) {
        return new RuleEngine(() -> RuleFiles.fromDirectory(folder));
    }

    private void assertDown(RuleEngine engine, String... reasonContains) {
        assertThat(engine.isUp()).isFalse();
        assertThat(engine.loadFailure()).get().asString().contains(reasonContains);
        var service = new ScreeningService(engine);
        assertThatThrownBy(() -> service.screen(receiver(30).build())).isInstanceOf(RulesUnavailableException.class);
        assertThatThrownBy(engine::ruleSet).isInstanceOf(RulesUnavailableException.class);
    }

    @Test
    void theUntouchedCopyLoadsWithTheSameVersionAsThePackagedRules() {
        var engine = engineOn(RuleFolders.copy(temp.resolve("rules")));
        assertThat(engine.isUp()).isTrue();
        assertThat(engine.ruleSet().version())
                .isEqualTo(new RuleEngine(RuleFiles::fromClasspath).ruleSet().version());
    }

    @Test
    void aDrlThatDoesNotCompile() {
        assertDown(engineOn(RuleFolders.brokenDrl(temp.resolve("rules"))), "do not compile", "oils.drl");
    }

    @Test
    void aRuleWithoutASource() {
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")),
                "giver-conditions.csv",
                csv -> csv.replace("HAND_CUT_OR_BROKEN_SKIN,ADJUST,,,SEED3", "HAND_CUT_OR_BROKEN_SKIN,ADJUST,,,"));
        assertDown(engineOn(folder), "GIVER-HAND_CUT_OR_BROKEN_SKIN", "no @sources");
    }

    @Test
    void aRuleNamingAnUnknownOil() {
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")),
                "receiver-conditions.csv",
                csv -> csv.replace(
                        "PACEMAKER_OR_ICD,SEE_DOCTOR_FIRST,,,,PEPPERMINT,",
                        "PACEMAKER_OR_ICD,SEE_DOCTOR_FIRST,,,,PEPERMINT,"));
        assertDown(engineOn(folder), "unknown oil PEPERMINT");
    }

    @Test
    void aRuleThatCanNeverFireBecauseOfATypoInItsCode() {
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")),
                "allergies.drl",
                drl -> drl.replace("code == \"FRAGRANCE\"", "code == \"FRAGRANCEE\""));
        assertDown(engineOn(folder), "self-check", "ALLERGY-FRAGRANCE");
    }

    @Test
    void aTableRowWithATypoInItsCodeIsARuleWithoutTexts() {
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")),
                "receiver-conditions.csv",
                csv -> csv.replace("\nEPILEPSY,", "\nEPILEPSYY,"));
        assertDown(engineOn(folder), "RECEIVER-EPILEPSYY: no row in rule-texts.csv", "texts for RECEIVER-EPILEPSY,");
    }

    @Test
    void aTableCellThatIsNotACodeOrANumber() {
        // A cell goes into the rule's DRL: a quote or a bracket there could change what the rule does.
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")),
                "receiver-conditions.csv",
                csv -> csv.replace(
                        "PACEMAKER_OR_ICD,SEE_DOCTOR_FIRST,,,,PEPPERMINT,",
                        "PACEMAKER_OR_ICD,SEE_DOCTOR_FIRST,,,,PEPPERMINT) @level(INFO,"));
        assertDown(engineOn(folder), "receiver-conditions.csv row 24, column avoid_oils", "only codes");
    }

    @Test
    void aTableRowWithoutTheCodeItsConditionNeeds() {
        // Without it the rule would lose its condition and fire for every answer.
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")), "local-issues.csv", csv -> csv.replace("\nBRUISE,", "\n,"));
        assertDown(engineOn(folder), "local-issues.csv row", "column code is empty");
    }

    @Test
    void aTableColumnTheTemplateDoesNotKnow() {
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")),
                "giver-conditions.csv",
                csv -> csv.replaceFirst("sources\n", "sources,colour\n"));
        assertDown(engineOn(folder), "giver-conditions.csv", "colour");
    }

    @Test
    void aRuleWhoseConsequenceThrows() {
        var folder = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("rules")),
                "combine.drl",
                drl -> drl.replace(
                        "insert(finding(kcontext, $consent));",
                        "if (true) { throw new IllegalStateException(\"boom\"); }"));
        assertDown(engineOn(folder), "self-check");
    }

    @Test
    void aMissingOrBrokenCatalogue() throws IOException {
        var folder = RuleFolders.copy(temp.resolve("rules"));
        Files.delete(folder.resolve("oils.csv"));
        assertDown(engineOn(folder), "oils.csv");

        var other = RuleFolders.edit(
                RuleFolders.copy(temp.resolve("other")),
                "oils.csv",
                csv -> csv.replace("LAVENDER,ESSENTIAL", "LAVENDER,ESSENTIALLY"));
        assertDown(engineOn(other), "oils.csv");
    }

    @Test
    void aMissingFolder() {
        assertDown(engineOn(temp.resolve("nowhere")), "does not exist");
    }

    @Test
    void aRuleThatThrowsOnlyForOneRareAnswerRefusesThatScreeningAndCountsIt() {
        var folder = RuleFolders.edit(RuleFolders.copy(temp.resolve("rules")), "pregnancy.drl", drl -> drl + """

                        rule "RECEIVER-BROKEN_AT_42"
                            @kind("CONDITION") @person("RECEIVER") @code("BROKEN_AT_42") @level("INFO") @sources("TY")
                        when
                            $receiver : Receiver(ageYears == 42 || ageYears == 80)
                        then
                            if ($receiver.ageYears() == 42) { throw new IllegalStateException("boom"); }
                            insert(finding(kcontext, $receiver));
                        end
                        """);
        RuleFolders.edit(folder, "rule-texts.csv", csv -> csv + "RECEIVER-BROKEN_AT_42,m,r,,\n");
        var engine = engineOn(folder);
        assertThat(engine.isUp()).isTrue();
        var service = new ScreeningService(engine);
        assertThat(service.screen(receiver(41).build()).verdict()).isNotNull();
        assertThatThrownBy(() -> service.screen(receiver(42).build())).isInstanceOf(RulesUnavailableException.class);
        assertThat(engine.runFailures()).isEqualTo(1);
    }
}
