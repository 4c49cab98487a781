package app.headsup.screening;

import static app.headsup.knowledge.KnowledgeTables.list;
import static app.headsup.screening.RequestBuilder.receiver;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.CodeList;
import app.headsup.knowledge.KnowledgeTables;
import app.headsup.rules.Level;
import app.headsup.rules.Pressure;
import app.headsup.rules.facts.OilStatus;
import app.headsup.rules.facts.Person;
import app.headsup.rules.facts.Pregnancy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per row of the knowledge base (test resources; docs/knowledge.md), through the whole screening: each fails when its row is
 * removed from the rules or weakened (level lowered, area, pressure, cap or avoided oil dropped).
 */
class KnowledgeRowsTest {

    private static final String CONTROL_ESSENTIAL = "LAVENDER";
    private static final String CONTROL_CARRIER = "JOJOBA";

    static Stream<Arguments> receiverRows() {
        return KnowledgeTables.receiverRows().stream().map(row -> Arguments.of(row.get("code"), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receiverRows")
    void receiverRow(String code, Map<String, String> row) {
        boolean medication = TestRules.ruleSet().catalogues().vocabulary().contains(CodeList.MEDICATIONS, code);
        Function<RequestBuilder, RequestBuilder> answer = r -> medication ? r.medications(code) : r.conditions(code);
        checkRow("RECEIVER-" + code, Person.RECEIVER, row, answer.apply(withOilsOf(receiver(40), row)), false);
        checkRow(
                "RECEIVER-" + code,
                Person.RECEIVER,
                row,
                withOilsOf(receiver(40), row).unsure(code),
                true);
    }

    static Stream<Arguments> ageRows() {
        var ages = Map.of(
                "AGE_UNDER_2",
                List.of(0, 1),
                "AGE_2_TO_5",
                List.of(2, 5),
                "AGE_6_TO_9",
                List.of(6, 9),
                "AGE_10_TO_15",
                List.of(10, 15),
                "AGE_16_TO_17",
                List.of(16, 17),
                "AGE_75_PLUS",
                List.of(75, 120));
        return KnowledgeTables.ageAndPregnancyRows().stream()
                .filter(row -> ages.containsKey(row.get("code")))
                .flatMap(row -> ages.get(row.get("code")).stream().map(age -> Arguments.of(row.get("code"), age, row)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("ageRows")
    void ageRow(String code, int age, Map<String, String> row) {
        checkRow("RECEIVER-" + code, Person.RECEIVER, row, withOilsOf(receiver(age), row), false);
    }

    @ParameterizedTest(name = "no age row at {0}")
    @ValueSource(ints = {18, 40, 74})
    void noAgeRowBetween18And74(int age) {
        assertThat(TestRules.screen(receiver(age)).findings())
                .extracting(Finding::rule)
                .noneMatch(rule -> rule.startsWith("RECEIVER-AGE"));
    }

    @Test
    void pregnancyRowForYesAndForNotSure() {
        var row = KnowledgeTables.ageAndPregnancyRows().stream()
                .filter(r -> r.get("code").equals("PREGNANCY"))
                .findFirst()
                .orElseThrow();
        checkRow(
                "RECEIVER-PREGNANCY",
                Person.RECEIVER,
                row,
                withOilsOf(receiver(30), row).pregnancy(Pregnancy.YES),
                false);
        checkRow(
                "RECEIVER-PREGNANCY",
                Person.RECEIVER,
                row,
                withOilsOf(receiver(30), row).pregnancy(Pregnancy.UNSURE),
                true);
    }

    static Stream<Arguments> giverRows() {
        return KnowledgeTables.giverRows().stream().map(row -> Arguments.of(row.get("code"), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("giverRows")
    void giverRow(String code, Map<String, String> row) {
        checkRow(
                "GIVER-" + code,
                Person.GIVER,
                row,
                withOilsOf(receiver(40), row).giverConditions(code),
                false);
    }

    static Stream<Arguments> localRows() {
        var areas = TestRules.ruleSet().catalogues().vocabulary().codes(CodeList.AREAS);
        return KnowledgeTables.localIssueRows().stream()
                .flatMap(row -> areas.stream().map(area -> Arguments.of(row.get("kind"), area, row)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("localRows")
    void localIssueRow(String kind, String area, Map<String, String> row) {
        var screening = TestRules.screen(receiver(40).local(kind, area));
        var level = Level.valueOf(row.get("level"));
        assertThat(screening.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LOCAL-" + kind);
            assertThat(f.level()).isEqualTo(level);
            assertThat(f.areas()).containsExactly(area);
            assertThat(f.reason()).isEqualTo(row.get("reason"));
        });
        assertThat(screening.avoidAreas()).containsExactly(area);
        assertThat(screening.verdict()).isEqualTo(Verdict.of(level));
    }

    static Stream<Arguments> allergyRows() {
        return KnowledgeTables.allergyRows().stream().map(row -> Arguments.of(row.get("allergy"), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allergyRows")
    void allergyRowForReceiverAndGiver(String allergy, Map<String, String> row) {
        var affected = oilsAffectedBy(row.get("oils affected"));
        assertThat(affected).as("oils of " + allergy).isNotEmpty();
        var oils = affected.toArray(String[]::new);

        var forReceiver =
                TestRules.screen(receiver(40).allergies(allergy).oils(oils).tested(oils));
        assertAllAvoided(forReceiver, affected, row.get("reason"));
        assertThat(finding(forReceiver, "ALLERGY-RECEIVER-" + allergy).level()).isEqualTo(Level.ADJUST);

        var forGiver =
                TestRules.screen(receiver(40).giverAllergies(allergy).oils(oils).tested(oils));
        assertAllAvoided(forGiver, affected, row.get("reason"));
        assertThat(finding(forGiver, "ALLERGY-GIVER-" + allergy).level()).isEqualTo(Level.ADJUST);
        assertThat(finding(forGiver, "ALLERGY-GIVER-" + allergy).person()).isEqualTo(Person.GIVER);

        var noOil = TestRules.screen(receiver(40).allergies(allergy));
        assertThat(finding(noOil, "ALLERGY-RECEIVER-" + allergy).level()).isEqualTo(Level.INFO);
        assertThat(noOil.verdict()).isEqualTo(Verdict.PROCEED);

        var unrelated = TestRules.screen(
                receiver(40).allergies(allergy).oils(CONTROL_CARRIER).tested(CONTROL_CARRIER));
        assertThat(unrelated.oils().getFirst().status()).isEqualTo(OilStatus.OK);
    }

    static Stream<Arguments> oilRows() {
        return KnowledgeTables.oilRows().stream().map(row -> Arguments.of(row.get("code"), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oilRows")
    void oilRow(String oil, Map<String, String> row) {
        boolean essential = row.get("kind").equals("ESSENTIAL");
        String carrier = oil.equals(CONTROL_CARRIER) ? "OLIVE" : CONTROL_CARRIER;
        var screening = TestRules.screen(receiver(40).oils(carrier, oil).tested(carrier, oil));
        var result = oilResult(screening, oil);
        assertThat(result.status()).isEqualTo(OilStatus.OK);
        if (essential) {
            var ownMax = row.get("max %").isBlank() ? new BigDecimal("2.0") : new BigDecimal(row.get("max %"));
            assertThat(result.maxDilutionPercent()).isEqualByComparingTo(ownMax.min(new BigDecimal("2.0")));
            var neat = TestRules.screen(receiver(40).oils(oil).tested(oil));
            assertThat(neat.findings()).extracting(Finding::rule).contains("OIL-NEVER-NEAT");
        } else {
            assertThat(result.maxDilutionPercent()).isNull();
            assertThat(screening.routine().oil()).isEqualTo(carrier);
        }
        boolean phototoxic = list(row.get("flags")).contains("PHOTOTOXIC");
        assertThat(screening.findings().stream().anyMatch(f -> f.rule().equals("OIL-PHOTOTOXIC")))
                .isEqualTo(phototoxic);
        boolean irritant = list(row.get("flags")).contains("IRRITANT");
        assertThat(screening.findings().stream().anyMatch(f -> f.rule().equals("OIL-IRRITANT")))
                .as(oil + " irritant")
                .isEqualTo(irritant);
        if (irritant) {
            assertThat(finding(screening, "OIL-IRRITANT").level()).isEqualTo(Level.ADJUST);
            assertThat(finding(screening, "OIL-IRRITANT").message())
                    .as("names the oil")
                    .contains(TestRules.ruleSet().catalogues().oils().get(oil).label());
            assertThat(screening.verdict()).isEqualTo(Verdict.PROCEED_WITH_CHANGES);
        }
        var untested = TestRules.screen(receiver(40).oils(oil));
        assertThat(oilResult(untested, oil).status()).isEqualTo(OilStatus.PATCH_TEST_FIRST);
        assertThat(untested.patchTest().oils()).containsExactly(oil);
    }

    static Stream<Arguments> routines() {
        return KnowledgeTables.routineStepRows().stream()
                .map(row -> row.get("routine"))
                .distinct()
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void routineRows(String routine) {
        var rows = KnowledgeTables.routineStepRows().stream()
                .filter(r -> r.get("routine").equals(routine))
                .toList();
        var adapted = TestRules.screen(receiver(40).routine(routine)).routine();
        assertThat(adapted.id()).isEqualTo(routine);
        assertThat(adapted.steps())
                .extracting(RoutineResult.Step::area)
                .containsExactlyElementsOf(rows.stream().map(r -> r.get("area")).toList());
        assertThat(adapted.steps())
                .extracting(RoutineResult.Step::seconds)
                .containsExactlyElementsOf(rows.stream()
                        .map(r -> Integer.parseInt(r.get("seconds")))
                        .toList());
        assertThat(adapted.minutes()).isLessThanOrEqualTo(10);
        for (String area : rows.stream().map(r -> r.get("area")).distinct().toList()) {
            var without = TestRules.screen(receiver(40).routine(routine).local("NO_TOUCH_PREFERENCE", area));
            long left = rows.stream().filter(r -> !r.get("area").equals(area)).count();
            if (left == 0) {
                assertThat(without.routine()).isNull();
            } else {
                assertThat(without.routine().steps())
                        .hasSize((int) left)
                        .noneMatch(step -> step.area().equals(area));
                assertThat(without.routine().omitted()).hasSize(rows.size() - (int) left);
            }
        }
    }

    @Test
    void patchTestProtocolHasItsFiveStepsAndWaits48Hours() {
        var patchTest = TestRules.screen(receiver(40).oils("JOJOBA")).patchTest();
        assertThat(patchTest.waitHours()).isEqualTo(48);
        assertThat(patchTest.steps()).hasSize(5);
        assertThat(patchTest.steps().get(2)).contains("48 hours").contains("24 hours");
    }

    /** The row's oils to avoid, requested and already tested, plus a carrier and an essential control. */
    private static RequestBuilder withOilsOf(RequestBuilder request, Map<String, String> row) {
        var oils = new ArrayList<>(oilsAffectedBy(row.get("avoid oils")));
        oils.addFirst(CONTROL_CARRIER);
        oils.add(CONTROL_ESSENTIAL);
        var codes = oils.stream().distinct().toArray(String[]::new);
        return request.oils(codes).tested(codes);
    }

    private static void checkRow(
            String rule, Person person, Map<String, String> row, RequestBuilder request, boolean unsure) {
        var screening = TestRules.screen(request);
        var level = Level.valueOf(row.get("level"));
        var finding = finding(screening, rule);
        assertThat(finding.level()).as(rule + " level").isEqualTo(level);
        assertThat(finding.person()).isEqualTo(person);
        assertThat(finding.unsure()).isEqualTo(unsure);
        assertThat(finding.reason()).isEqualTo(row.get("reason"));
        assertThat(screening.verdict()).as(rule + " verdict").isGreaterThanOrEqualTo(Verdict.of(level));

        var areas = list(row.get("areas"));
        assertThat(finding.areas()).as(rule + " areas").containsExactlyInAnyOrderElementsOf(areas);
        assertThat(screening.avoidAreas()).containsAll(areas);

        boolean light = "LIGHT".equals(row.get("pressure"));
        boolean lightForAge = request.build().receiver().ageYears() < 16
                || request.build().receiver().ageYears() >= 75;
        assertThat(screening.pressure())
                .as(rule + " pressure")
                .isEqualTo(light || lightForAge ? Pressure.LIGHT : Pressure.MEDIUM);

        var avoided = oilsAffectedBy(row.get("avoid oils"));
        assertAllAvoided(screening, avoided, row.get("reason"));
        assertThat(oilResult(screening, CONTROL_CARRIER).status()).isEqualTo(OilStatus.OK);

        var control = oilResult(screening, CONTROL_ESSENTIAL);
        if (!avoided.contains(CONTROL_ESSENTIAL)) {
            var cap = row.get("cap").isBlank() || person == Person.GIVER
                    ? new BigDecimal("2.0")
                    : new BigDecimal(row.get("cap")).min(new BigDecimal("2.0"));
            assertThat(control.maxDilutionPercent()).as(rule + " cap").isEqualByComparingTo(cap);
        }
    }

    private static void assertAllAvoided(Screening screening, List<String> oils, String reason) {
        for (String oil : oils) {
            var result = oilResult(screening, oil);
            assertThat(result.status()).as(oil).isEqualTo(OilStatus.AVOID);
            assertThat(result.reasons()).as(oil + " reasons").anyMatch(r -> r.contains(reason));
            assertThat(result.maxDilutionPercent()).isNull();
        }
        if (!oils.isEmpty()) {
            assertThat(screening.findings()).extracting(Finding::rule).contains("OIL-AVOID");
            assertThat(screening.verdict()).isGreaterThanOrEqualTo(Verdict.PROCEED_WITH_CHANGES);
        }
    }

    /** Oil codes named by a row: ALL_ESSENTIAL and "family X" expanded through the oil table. */
    static List<String> oilsAffectedBy(String cell) {
        var oils = new ArrayList<String>();
        for (String item : list(cell)) {
            if (item.equals("ALL_ESSENTIAL")) {
                KnowledgeTables.oilRows().stream()
                        .filter(o -> o.get("kind").equals("ESSENTIAL"))
                        .map(o -> o.get("code"))
                        .forEach(oils::add);
            } else if (item.startsWith("family ")) {
                String family = item.substring("family ".length());
                KnowledgeTables.oilRows().stream()
                        .filter(o -> list(o.get("families")).contains(family))
                        .map(o -> o.get("code"))
                        .forEach(oils::add);
            } else {
                oils.add(item);
            }
        }
        return oils.stream().distinct().toList();
    }

    static Finding finding(Screening screening, String rule) {
        return screening.findings().stream()
                .filter(f -> f.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + rule + " in " + screening.findings()));
    }

    static OilResult oilResult(Screening screening, String oil) {
        return screening.oils().stream()
                .filter(o -> o.oil().equals(oil))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no oil " + oil));
    }
}
