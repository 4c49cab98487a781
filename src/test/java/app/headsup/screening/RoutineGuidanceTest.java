package app.headsup.screening;

import static app.headsup.screening.KnowledgeRowsTest.finding;
import static app.headsup.screening.RequestBuilder.receiver;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Knowledge section 6, what comes with a routine beyond its steps (v1.3): the practice lines on the neck
 * and the eyes, the aftercare red flags with every routine that has a neck step, and what a finding says
 * again at the steps it concerns (mustard oil at the face, forehead and temples).
 */
class RoutineGuidanceTest {

    /** The red flags of the aftercare row, each of which must reach the person. */
    private static final List<String> RED_FLAGS = List.of(
            "sudden severe headache",
            "neck pain",
            "double vision",
            "slurred speech",
            "dizziness",
            "unsteadiness",
            "vomiting",
            "numbness",
            "weakness",
            "hours or days later",
            "emergency care at once");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SEVEN_STEP_HEAD", "KITCHEN_TABLE_NECK_SHOULDERS", "WIND_DOWN_HANDS_HEAD"})
    void everyRoutineComesWithTheNeckAndTheEyesLines(String id) {
        var practice = TestRules.screen(receiver(40).routine(id)).routine().practice();
        assertThat(practice)
                .anyMatch(line -> line.contains("Never twist or stretch the neck")
                        && line.contains("never press deep at the base of the skull or on the sides of the neck")
                        && line.contains("arteries"));
        assertThat(practice)
                .anyMatch(line -> line.contains("Keep oils away from the eyes")
                        && line.contains("carrier oil on a cotton pad")
                        && line.contains("not with water"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SEVEN_STEP_HEAD", "KITCHEN_TABLE_NECK_SHOULDERS"})
    void aRoutineWithANeckStepNamesEveryRedFlagOfTheAftercare(String id) {
        var routine = TestRules.screen(receiver(40).routine(id)).routine();
        assertThat(routine.aftercare()).as(id).isNotNull().contains(RED_FLAGS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WIND_DOWN_HANDS_HEAD", "WIND_DOWN_FEET_HEAD"})
    void aRoutineWithoutANeckStepHasNoAftercareWarning(String id) {
        assertThat(TestRules.screen(receiver(40).routine(id)).routine().aftercare())
                .isNull();
    }

    @Test
    void aNeckLeftOutTakesTheAftercareWithIt() {
        var routine = TestRules.screen(receiver(40).routine("SEVEN_STEP_HEAD").conditions("NECK_OR_SPINE_CONDITION"))
                .routine();
        assertThat(routine.steps()).noneMatch(step -> step.area().equals("NECK"));
        assertThat(routine.aftercare()).isNull();
    }

    @Test
    void mustardOilIsSaidAgainAtTheFaceForeheadAndTempleStepsOnly() {
        var screening =
                TestRules.screen(receiver(45).oils("MUSTARD").tested("MUSTARD").routine("WIND_DOWN_HANDS_HEAD"));
        var irritant = finding(screening, "OIL-IRRITANT");
        assertThat(irritant.message()).contains("Mustard").contains("face").contains("eyes");
        assertThat(screening.verdict()).isEqualTo(Verdict.PROCEED_WITH_CHANGES);
        assertThat(screening.avoidAreas()).isEmpty();
        for (var step : screening.routine().steps()) {
            if (List.of("FACE", "FOREHEAD", "TEMPLES").contains(step.area())) {
                assertThat(step.cautions()).as(step.area()).containsExactly(irritant.message());
            } else {
                assertThat(step.cautions()).as(step.area()).isEmpty();
            }
        }
    }

    @Test
    void mustardOilRuledOutIsNotCautionedAbout() {
        var screening = TestRules.screen(receiver(45)
                .allergies("MUSTARD")
                .oils("MUSTARD")
                .tested("MUSTARD")
                .routine("WIND_DOWN_HANDS_HEAD"));
        assertThat(screening.findings()).extracting(Finding::rule).doesNotContain("OIL-IRRITANT");
        assertThat(screening.routine().steps()).allMatch(step -> step.cautions().isEmpty());
    }
}
