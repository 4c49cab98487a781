package app.headsup.rules;

import static app.headsup.knowledge.KnowledgeTables.list;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.OilFlag;
import app.headsup.catalogue.RoutineStep;
import app.headsup.knowledge.KnowledgeTables;
import app.headsup.screening.TestRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every table row of the knowledge copy against the loaded rules and catalogues: id, level,
 * areas, pressure, cap, oils to avoid, sources; oils, routines and sources too. A row cannot go
 * missing or drift, and no rule exists that no row or contract id accounts for.
 */
class KnowledgeFidelityTest {

    private static final Set<String> CONTRACT_RULES = Set.of(
            "CONSENT",
            "OIL-AVOID",
            "OIL-PATCH-TEST",
            "OIL-NEVER-NEAT",
            "OIL-PHOTOTOXIC",
            "OIL-IRRITANT",
            "ROUTINE-NO-STEPS-LEFT",
            "BLEND-TOO-WEAK");

    private final RuleSet rules = TestRules.ruleSet();

    @Test
    void everyConditionRowIsARuleWithItsEffects() {
        var rows = new ArrayList<Map<String, String>>(KnowledgeTables.receiverRows());
        rows.addAll(KnowledgeTables.ageAndPregnancyRows());
        for (var row : rows) {
            checkRow("RECEIVER-" + row.get("code"), row, true);
        }
        for (var row : KnowledgeTables.giverRows()) {
            checkRow("GIVER-" + row.get("code"), row, false);
        }
    }

    @Test
    void everyLocalIssueRowIsARule() {
        for (var row : KnowledgeTables.localIssueRows()) {
            var rule = rules.describe("LOCAL-" + row.get("kind"));
            assertThat(rule.level()).as(rule.rule()).isEqualTo(Level.valueOf(row.get("level")));
            assertThat(rule.reason()).isEqualTo(row.get("reason"));
            assertThat(rule.sourceKeys()).containsExactlyElementsOf(list(row.get("sources")));
        }
    }

    @Test
    void everyAllergyRowIsARuleForBothPeople() {
        for (var row : KnowledgeTables.allergyRows()) {
            var rule = rules.describe("ALLERGY-" + row.get("allergy"));
            assertThat(rule.ids())
                    .containsExactly("ALLERGY-RECEIVER-" + row.get("allergy"), "ALLERGY-GIVER-" + row.get("allergy"));
            assertThat(rule.level()).isEqualTo(Level.ADJUST);
            assertThat(rule.levelWithoutOil()).isEqualTo(Level.INFO);
            String affected = row.get("oils affected");
            if (affected.equals("ALL_ESSENTIAL")) {
                assertThat(rule.avoidOils()).containsExactly(RuleDescription.ALL_ESSENTIAL);
            } else {
                assertThat(rule.family()).isEqualTo(affected.replace("family ", ""));
            }
            assertThat(rule.reason()).isEqualTo(row.get("reason"));
            assertThat(rule.sourceKeys()).containsExactlyElementsOf(list(row.get("sources")));
        }
    }

    @Test
    void everyOilRowIsInTheCatalogue() {
        var catalogue = rules.catalogues().oils();
        var rows = KnowledgeTables.oilRows();
        assertThat(catalogue.codes())
                .containsExactlyElementsOf(rows.stream().map(r -> r.get("code")).toList());
        for (var row : rows) {
            var oil = catalogue.get(row.get("code"));
            assertThat(oil.kind().name()).as(oil.code()).isEqualTo(row.get("kind"));
            assertThat(oil.families()).as(oil.code()).containsExactlyInAnyOrderElementsOf(list(row.get("families")));
            String max = row.get("max %");
            if (max.isBlank()) {
                assertThat(oil.maxPercent()).as(oil.code()).isNull();
            } else {
                assertThat(oil.maxPercent()).as(oil.code()).isEqualByComparingTo(new BigDecimal(max));
            }
            assertThat(oil.flags())
                    .as(oil.code())
                    .containsExactlyInAnyOrderElementsOf(list(row.get("flags")).stream()
                            .map(OilFlag::valueOf)
                            .toList());
        }
    }

    @Test
    void everyRoutineStepRowIsInTheCatalogueInOrder() {
        var rows = KnowledgeTables.routineStepRows();
        var steps = rules.catalogues().routines().all().stream()
                .flatMap(r ->
                        r.steps().stream().map(s -> r.id() + " " + s.number() + " " + s.area() + " " + s.seconds()))
                .toList();
        assertThat(steps)
                .containsExactlyElementsOf(rows.stream()
                        .map(r -> r.get("routine") + " " + r.get("step") + " " + r.get("area") + " " + r.get("seconds"))
                        .toList());
        rules.catalogues()
                .routines()
                .all()
                .forEach(r -> assertThat(r.steps().stream()
                                .mapToInt(RoutineStep::seconds)
                                .sum())
                        .isLessThanOrEqualTo(600));
    }

    @Test
    void everySourceKeyIsKnown() {
        for (var row : KnowledgeTables.sourceRows()) {
            assertThat(rules.catalogues().sources().contains(row.get("key")))
                    .as(row.get("key"))
                    .isTrue();
        }
    }

    @Test
    void noRuleWithoutARowOrAContractId() {
        var expected = new TreeSet<String>(CONTRACT_RULES);
        KnowledgeTables.receiverRows().forEach(r -> expected.add("RECEIVER-" + r.get("code")));
        KnowledgeTables.ageAndPregnancyRows().forEach(r -> expected.add("RECEIVER-" + r.get("code")));
        KnowledgeTables.giverRows().forEach(r -> expected.add("GIVER-" + r.get("code")));
        KnowledgeTables.localIssueRows().forEach(r -> expected.add("LOCAL-" + r.get("kind")));
        KnowledgeTables.allergyRows().forEach(r -> expected.add("ALLERGY-" + r.get("allergy")));
        assertThat(rules.rules()).extracting(RuleDescription::rule).containsExactlyElementsOf(expected);
    }

    @Test
    void everyRuleHasLevelMessageReasonAndSourceWrittenOut() {
        for (var rule : rules.rules()) {
            assertThat(rule.message()).as(rule.rule()).isNotBlank();
            assertThat(rule.reason()).as(rule.rule()).isNotBlank();
            assertThat(rule.source()).as(rule.rule()).isNotBlank().doesNotContain("SEED3,");
        }
    }

    private void checkRow(String id, Map<String, String> row, boolean receiver) {
        var rule = rules.describe(id);
        assertThat(rule.level()).as(id + " level").isEqualTo(Level.valueOf(row.get("level")));
        assertThat(rule.areas()).as(id + " areas").containsExactlyElementsOf(list(row.get("areas")));
        assertThat(rule.pressure() == null ? "" : rule.pressure().name())
                .as(id + " pressure")
                .isEqualTo(row.get("pressure"));
        if (row.get("cap").isBlank()) {
            assertThat(rule.cap()).as(id + " cap").isNull();
        } else {
            assertThat(receiver).as(id + ": giver rows have no caps").isTrue();
            assertThat(rule.cap()).as(id + " cap").isEqualByComparingTo(new BigDecimal(row.get("cap")));
        }
        assertThat(rule.avoidOils()).as(id + " oils").containsExactlyInAnyOrderElementsOf(list(row.get("avoid oils")));
        assertThat(rule.reason()).as(id + " reason").isEqualTo(row.get("reason"));
        assertThat(rule.sourceKeys()).as(id + " sources").containsExactlyElementsOf(list(row.get("sources")));
    }
}
