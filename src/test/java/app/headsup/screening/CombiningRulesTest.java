package app.headsup.screening;

import static app.headsup.screening.KnowledgeRowsTest.finding;
import static app.headsup.screening.KnowledgeRowsTest.oilResult;
import static app.headsup.screening.RequestBuilder.receiver;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.rules.Level;
import app.headsup.rules.Pressure;
import app.headsup.rules.facts.OilStatus;
import app.headsup.rules.facts.Pregnancy;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Knowledge section 1 ("How findings combine") and the contract's own rule ids, case by case. */
class CombiningRulesTest {

    @Test
    void healthyAndDryIsProceedWithTheSevenStepRoutineAndNoFindings() {
        var screening = TestRules.screen(receiver(31).giver());
        assertThat(screening.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(screening.findings()).isEmpty();
        assertThat(screening.pressure()).isEqualTo(Pressure.MEDIUM);
        assertThat(screening.routine().id()).isEqualTo("SEVEN_STEP_HEAD");
        assertThat(screening.routine().oil()).isEqualTo(RoutineResult.DRY);
        assertThat(screening.routine().seconds()).isEqualTo(480);
        assertThat(screening.routine().minutes()).isEqualTo(8);
        assertThat(screening.routine().practice()).hasSize(9);
        assertThat(screening.summary()).isNotBlank();
        assertThat(screening.disclaimer()).contains("not a diagnosis");
        assertThat(screening.ruleSetVersion()).matches("2027\\.01\\+[0-9a-f]{7}");
    }

    @Test
    void anAgeNeverGivenAddsNoAgeAdviceButEveryAgeDoes() {
        var noAge = new ReceiverAnswers(null, Pregnancy.NO, List.of(), List.of(), List.of(), List.of(), List.of());
        var notToday = TestRules.service().screen(new ScreeningRequest(false, noAge, null, List.of(), List.of(), null));
        assertThat(notToday.verdict()).isEqualTo(Verdict.POSTPONE);
        assertThat(notToday.findings()).extracting(Finding::rule).containsExactly("CONSENT");
        // Each band still applies when the age is there: the null check narrows nothing else.
        for (int age : new int[] {0, 1, 2, 5, 6, 9, 10, 15, 16, 17, 75, 120}) {
            assertThat(TestRules.screen(receiver(age)).findings())
                    .extracting(Finding::rule)
                    .as("age " + age)
                    .anyMatch(rule -> rule.startsWith("RECEIVER-AGE_"));
        }
    }

    @Test
    void neckStepsWarnAgainstTwistingStretchingAndDeepPressure() {
        for (var routine : TestRules.ruleSet().catalogues().routines().all()) {
            routine.steps().stream()
                    .filter(step -> step.area().equals("NECK"))
                    .forEach(step -> assertThat(step.instructions())
                            .as(routine.id() + " step " + step.number())
                            .containsAnyOf("no deep pressure", "no twisting", "never twist", "off the sides"));
        }
    }

    @Test
    void noConsentPostponesWithRuleConsentAndNoRoutine() {
        var screening = TestRules.screen(receiver(33).consent(false));
        assertThat(screening.verdict()).isEqualTo(Verdict.POSTPONE);
        assertThat(finding(screening, "CONSENT").level()).isEqualTo(Level.POSTPONE);
        assertThat(screening.routine()).isNull();
    }

    @Test
    void theMostSeriousFindingDecidesAndFindingsAreOrderedByLevelThenRule() {
        var screening = TestRules.screen(receiver(40)
                .conditions("FEVER", "HEAD_OR_NECK_INJURY_RECENT", "DIABETES")
                .medications("BLOOD_THINNERS")
                .allergies("PEANUT"));
        assertThat(screening.verdict()).isEqualTo(Verdict.SEE_DOCTOR_FIRST);
        assertThat(screening.findings())
                .extracting(Finding::rule)
                .containsExactly(
                        "RECEIVER-HEAD_OR_NECK_INJURY_RECENT",
                        "RECEIVER-FEVER",
                        "RECEIVER-DIABETES",
                        "RECEIVER-BLOOD_THINNERS",
                        "ALLERGY-RECEIVER-PEANUT");
        assertThat(screening.routine()).isNull();
    }

    @Test
    void infoAloneChangesNothing() {
        var screening = TestRules.screen(receiver(40).conditions("MIGRAINE_HISTORY"));
        assertThat(screening.verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(finding(screening, "RECEIVER-MIGRAINE_HISTORY").level()).isEqualTo(Level.INFO);
    }

    @Test
    void anInfoRowStillAvoidsItsOilsThroughTheirStatus() {
        var screening = TestRules.screen(
                receiver(40).conditions("ASTHMA").oils("JOJOBA", "PEPPERMINT").tested("JOJOBA", "PEPPERMINT"));
        assertThat(oilResult(screening, "PEPPERMINT").status()).isEqualTo(OilStatus.AVOID);
        assertThat(screening.verdict()).isEqualTo(Verdict.PROCEED_WITH_CHANGES);
        assertThat(finding(screening, "OIL-AVOID").message()).contains("Peppermint");
    }

    @Test
    void aContagiousInfectionOnTheScalpAlsoAvoidsTheScalp() {
        var screening = TestRules.screen(receiver(40).local("CONTAGIOUS_SKIN_INFECTION", "SCALP"));
        assertThat(screening.verdict()).isEqualTo(Verdict.SEE_DOCTOR_FIRST);
        assertThat(screening.avoidAreas()).containsExactly("SCALP");
    }

    @Test
    void avoidAreasFollowTheContractsAreaOrder() {
        var screening = TestRules.screen(receiver(40)
                .local("BRUISE", "FEET")
                .local("CUT_OR_WOUND", "SCALP")
                .conditions("HEARING_AID"));
        assertThat(screening.avoidAreas()).containsExactly("SCALP", "EARS", "FEET");
    }

    @Test
    void unsureCountsAsYesAndIsMarked() {
        var screening = TestRules.screen(receiver(40).unsure("FEVER", "PEANUT"));
        assertThat(screening.verdict()).isEqualTo(Verdict.POSTPONE);
        assertThat(finding(screening, "RECEIVER-FEVER").unsure()).isTrue();
        assertThat(finding(screening, "ALLERGY-RECEIVER-PEANUT").unsure()).isTrue();
    }

    @Test
    void aCodeBothListedAndUnsureCountsAsListed() {
        var screening = TestRules.screen(receiver(40).conditions("FEVER").unsure("FEVER"));
        assertThat(screening.findings())
                .filteredOn(f -> f.rule().equals("RECEIVER-FEVER"))
                .singleElement()
                .extracting(Finding::unsure)
                .isEqualTo(false);
    }

    @Test
    void duplicatesCountOnce() {
        var screening = TestRules.screen(receiver(40)
                .conditions("DIABETES", "DIABETES")
                .oils("JOJOBA", "JOJOBA")
                .local("BRUISE", "NECK")
                .local("BRUISE", "NECK"));
        assertThat(screening.findings())
                .extracting(Finding::rule)
                .containsOnlyOnce("RECEIVER-DIABETES", "LOCAL-BRUISE");
        assertThat(screening.oils()).hasSize(1);
    }

    @Test
    void oilsComeInRequestOrderAndAvoidCarriesEveryReason() {
        var screening = TestRules.screen(receiver(30)
                .pregnancy(Pregnancy.YES)
                .conditions("EPILEPSY")
                .oils("ROSEMARY", "JOJOBA")
                .tested("ROSEMARY", "JOJOBA"));
        assertThat(screening.oils()).extracting(OilResult::oil).containsExactly("ROSEMARY", "JOJOBA");
        assertThat(oilResult(screening, "ROSEMARY").reasons()).hasSize(2);
    }

    @Test
    void patchTestFirstUnlessTestedAndThePatchTestListsThoseOilsInRequestOrder() {
        var screening = TestRules.screen(
                receiver(40).oils("LAVENDER", "JOJOBA", "OLIVE").tested("OLIVE"));
        assertThat(screening.patchTest().oils()).containsExactly("LAVENDER", "JOJOBA");
        assertThat(finding(screening, "OIL-PATCH-TEST").level()).isEqualTo(Level.ADJUST);
        assertThat(screening.routine().oil()).isEqualTo("OLIVE");
        assertThat(screening.routine().blend()).isEmpty();
    }

    @Test
    void neverNeatWhenNoCarrierIsOk() {
        var screening = TestRules.screen(receiver(40)
                .allergies("TREE_NUT")
                .oils("SWEET_ALMOND", "LAVENDER")
                .tested("SWEET_ALMOND", "LAVENDER"));
        assertThat(finding(screening, "OIL-NEVER-NEAT").message()).contains("Lavender");
        assertThat(screening.routine().oil()).isEqualTo(RoutineResult.DRY);
        assertThat(screening.routine().blend()).isEmpty();
    }

    @Test
    void oilFindingsReadRightForSeveralOilsNotJustOne() {
        var screening = TestRules.screen(receiver(40).oils("LAVENDER", "BERGAMOT", "LEMON", "FRANKINCENSE"));
        assertThat(finding(screening, "OIL-NEVER-NEAT").message())
                .startsWith("Never put Lavender, Bergamot, Lemon and Frankincense on the skin neat");
        assertThat(finding(screening, "OIL-PHOTOTOXIC").message()).contains("Bergamot and Lemon");
        assertThat(screening.findings())
                .filteredOn(f -> f.rule().startsWith("OIL-"))
                .hasSizeGreaterThanOrEqualTo(3)
                // One oil or four: no "it" that only fits one of them.
                .allSatisfy(f -> assertThat(f.message()).as(f.rule()).doesNotContainPattern("\\b(it|its)\\b"));
    }

    @Test
    void g6pdSaysWhatToLeaveOutOnceAndWhyOnce() {
        var screening =
                TestRules.screen(receiver(40).conditions("G6PD_DEFICIENCY").oils("JOJOBA", "PEPPERMINT"));
        var g6pd = finding(screening, "RECEIVER-G6PD_DEFICIENCY");
        // The message says what to do; the why (shown under it and beside the oil) is said by the reason alone.
        assertThat(g6pd.message())
                .contains("peppermint, camphor and wintergreen")
                .doesNotContain("red blood cells");
        assertThat(g6pd.reason()).contains("red blood cells");
        assertThat(oilResult(screening, "PEPPERMINT").status()).isEqualTo(OilStatus.AVOID);
    }

    @Test
    void dryHandsBecauseTheCarrierIsRuledOutSuggestsTheCarriersThatAreNot() {
        var screening = TestRules.screen(receiver(40)
                .allergies("TREE_NUT")
                .oils("SWEET_ALMOND", "LAVENDER")
                .tested("SWEET_ALMOND", "LAVENDER", "OLIVE"));
        var carriers = screening.routine().carriersToTry();
        assertThat(carriers)
                .extracting(OilResult::oil)
                .startsWith("JOJOBA", "OLIVE", "GRAPESEED")
                .contains("SUNFLOWER", "COCONUT")
                .doesNotContain(
                        "SWEET_ALMOND", "APRICOT_KERNEL", "ARGAN", "MACADAMIA", "WALNUT", "HAZELNUT", "LAVENDER");
        assertThat(carriers)
                .filteredOn(c -> c.oil().equals("OLIVE"))
                .singleElement()
                .extracting(OilResult::status)
                .isEqualTo(OilStatus.OK);
        assertThat(carriers)
                .filteredOn(c -> c.oil().equals("JOJOBA"))
                .singleElement()
                .extracting(OilResult::status)
                .isEqualTo(OilStatus.PATCH_TEST_FIRST);
        assertThat(CarrierAdvice.of(screening, TestRules.ruleSet().catalogues().vocabulary()))
                .hasValueSatisfying(advice -> assertThat(advice)
                        .startsWith("To use lavender, mix it into a carrier oil that the answers do not rule out: "
                                + "for example jojoba, olive or grapeseed; also ")
                        .doesNotContain("another of the")
                        .contains("coconut"));
    }

    @Test
    void aLatexAllergyAndAnAsteraceaeAllergyRuleOutTheirCarriersToo() {
        var screening =
                TestRules.screen(receiver(40).allergies("LATEX", "ASTERACEAE").oils("AVOCADO"));
        assertThat(screening.routine().oil()).isEqualTo(RoutineResult.DRY);
        assertThat(screening.routine().carriersToTry())
                .extracting(OilResult::oil)
                .contains("JOJOBA")
                .doesNotContain("AVOCADO", "SUNFLOWER");
    }

    @Test
    void dryHandsByChoiceOrForAChosenCarrierStillToBeTestedSuggestsNothing() {
        var waitingForTheTest = TestRules.screen(receiver(31).oils("JOJOBA", "LAVENDER"));
        assertThat(waitingForTheTest.routine().oil()).isEqualTo(RoutineResult.DRY);
        assertThat(waitingForTheTest.routine().carriersToTry()).isEmpty();
        var screening = TestRules.screen(receiver(31).giver());
        assertThat(screening.routine().carriersToTry()).isEmpty();
        assertThat(CarrierAdvice.of(screening, TestRules.ruleSet().catalogues().vocabulary()))
                .isEmpty();
    }

    @Test
    void theBlendUsesTheFirstOkCarrierAndDropsAreFlooredExactly() {
        var screening = TestRules.screen(receiver(80)
                .oils("GRAPESEED", "OLIVE", "LAVENDER", "PEPPERMINT")
                .tested("GRAPESEED", "OLIVE", "LAVENDER", "PEPPERMINT"));
        var routine = screening.routine();
        assertThat(routine.oil()).isEqualTo("GRAPESEED");
        // The age cap of 1 % shared by two oils: 0.5 % each, 3 drops per 30 ml each.
        assertThat(blend(screening)).containsExactly(line("LAVENDER", "0.50", 3), line("PEPPERMINT", "0.50", 3));
        // Each oil's status still says the most it may be on its own.
        assertThat(oilResult(screening, "PEPPERMINT").maxDilutionPercent()).isEqualByComparingTo("1.0");
    }

    @Test
    void theCapIsForTheWholeBlendNotForEachOil() {
        // Three oils at the default 2 %: not 6 % on the face, but 0.66 % each (2 ÷ 3, rounded down).
        var screening = TestRules.screen(receiver(40)
                .oils("JOJOBA", "LAVENDER", "PEPPERMINT", "ROSEMARY")
                .tested("JOJOBA", "LAVENDER", "PEPPERMINT", "ROSEMARY"));
        assertThat(blend(screening))
                .containsExactly(
                        line("LAVENDER", "0.66", 3), line("PEPPERMINT", "0.66", 3), line("ROSEMARY", "0.66", 3));
        assertThat(screening.oils())
                .filteredOn(o -> !o.oil().equals("JOJOBA"))
                .allSatisfy(o -> assertThat(o.maxDilutionPercent()).isEqualByComparingTo("2.0"));
    }

    @Test
    void anOilsOwnMaximumLimitsItsShareAndTheRestIsNotHandedOn() {
        var screening =
                TestRules.screen(receiver(40).oils("JOJOBA", "SAGE", "LAVENDER").tested("JOJOBA", "SAGE", "LAVENDER"));
        assertThat(blend(screening)).containsExactly(line("SAGE", "0.40", 2), line("LAVENDER", "1.00", 6));
    }

    @Test
    void phototoxicOilsTogetherStayWithinOnePhototoxicDose() {
        // Bergamot 0.4 (its own maximum) and lemon 1.0: 0.4/0.4 + 1.0/2.0 = 1.5 doses, so each is divided by 1.5.
        var screening = TestRules.screen(
                receiver(40).oils("JOJOBA", "BERGAMOT", "LEMON").tested("JOJOBA", "BERGAMOT", "LEMON"));
        assertThat(blend(screening)).containsExactly(line("BERGAMOT", "0.26", 1), line("LEMON", "0.66", 3));
        assertThat(finding(screening, "OIL-PHOTOTOXIC").level()).isEqualTo(Level.INFO);
    }

    private static List<Tuple> blend(Screening screening) {
        return screening.routine().blend().stream()
                .map(b -> line(b.oil(), b.percent().toPlainString(), b.dropsPer30ml()))
                .toList();
    }

    private static Tuple line(String oil, String percent, int drops) {
        return Tuple.tuple(oil, percent, drops);
    }

    @Test
    void anOilUnderOneDropIsLeftOutOfTheBlendWithBlendTooWeak() {
        var screening =
                TestRules.screen(receiver(40).oils("JOJOBA", "CINNAMON_BARK").tested("JOJOBA", "CINNAMON_BARK"));
        assertThat(oilResult(screening, "CINNAMON_BARK").maxDilutionPercent())
                .isEqualByComparingTo(new BigDecimal("0.07"));
        assertThat(screening.routine().blend()).isEmpty();
        assertThat(finding(screening, "BLEND-TOO-WEAK").level()).isEqualTo(Level.INFO);
        assertThat(screening.verdict()).isEqualTo(Verdict.PROCEED);
    }

    @Test
    void theBestRoutineKeepsTheLargestShareAndTiesGoToTheEarlierOne() {
        // Scalp avoided: seven-step keeps 300/480, kitchen table 510/600, hands 420/600, feet 420/600.
        var screening = TestRules.screen(receiver(40).local("RASH_OR_FLARE", "SCALP"));
        assertThat(screening.routine().id()).isEqualTo("KITCHEN_TABLE_NECK_SHOULDERS");
        // Feet avoided (pregnancy): three routines keep everything; the earliest wins.
        var pregnant = TestRules.screen(receiver(30).pregnancy(Pregnancy.YES));
        assertThat(pregnant.routine().id()).isEqualTo("SEVEN_STEP_HEAD");
        // Neck and shoulders avoided: seven-step keeps 345/480 = 0.71875, evening routines 600/600.
        var neck = TestRules.screen(
                receiver(40).conditions("NECK_OR_SPINE_CONDITION").local("BRUISE", "SHOULDERS"));
        assertThat(neck.routine().id()).isEqualTo("WIND_DOWN_HANDS_HEAD");
    }

    @Test
    void omittedStepsCarryTheMessageOfTheMostSeriousFindingForTheirArea() {
        var screening = TestRules.screen(receiver(40)
                .routine("SEVEN_STEP_HEAD")
                .local("NO_TOUCH_PREFERENCE", "NECK")
                .conditions("NECK_OR_SPINE_CONDITION"));
        var omitted = screening.routine().omitted();
        assertThat(omitted).hasSize(2).allSatisfy(o -> {
            assertThat(o.area()).isEqualTo("NECK");
            assertThat(o.reason())
                    .isEqualTo(finding(screening, "LOCAL-NO_TOUCH_PREFERENCE").message());
        });
        assertThat(screening.routine().seconds()).isEqualTo(345);
        assertThat(screening.routine().minutes()).isEqualTo(6);
    }

    @Test
    void noStepsLeftGivesNoRoutineAndNamesTheRoutineThatKeepsMost() {
        var screening = TestRules.screen(receiver(40)
                .routine("KITCHEN_TABLE_NECK_SHOULDERS")
                .local("NO_TOUCH_PREFERENCE", "NECK")
                .local("NO_TOUCH_PREFERENCE", "SHOULDERS")
                .local("NO_TOUCH_PREFERENCE", "SCALP"));
        assertThat(screening.routine()).isNull();
        var finding = finding(screening, "ROUTINE-NO-STEPS-LEFT");
        assertThat(finding.level()).isEqualTo(Level.INFO);
        assertThat(finding.message())
                .contains("Kitchen-table neck and shoulders")
                .contains("Evening wind-down: hands and head");
        assertThat(screening.verdict()).isEqualTo(Verdict.PROCEED_WITH_CHANGES);
    }

    @Test
    void noStepsLeftAnywhereSaysSoWithoutAnAlternative() {
        var request = receiver(40);
        for (String area :
                new String[] {"SCALP", "FOREHEAD", "TEMPLES", "FACE", "EARS", "NECK", "SHOULDERS", "HANDS", "FEET"}) {
            request.local("NO_TOUCH_PREFERENCE", area);
        }
        var screening = TestRules.screen(request);
        assertThat(screening.routine()).isNull();
        assertThat(finding(screening, "ROUTINE-NO-STEPS-LEFT").message()).contains("no routine keeps a single step");
    }

    @Test
    void noRoutineFindingWhenTheVerdictAllowsNoRoutineAnyway() {
        var screening = TestRules.screen(receiver(40)
                .conditions("FEVER")
                .routine("SEVEN_STEP_HEAD")
                .local("NO_TOUCH_PREFERENCE", "SCALP")
                .local("NO_TOUCH_PREFERENCE", "NECK")
                .local("NO_TOUCH_PREFERENCE", "EARS")
                .local("NO_TOUCH_PREFERENCE", "FOREHEAD")
                .local("NO_TOUCH_PREFERENCE", "TEMPLES"));
        assertThat(screening.findings()).extracting(Finding::rule).doesNotContain("ROUTINE-NO-STEPS-LEFT");
    }

    @Test
    void giverRowsNeverCapDilutions() {
        var screening = TestRules.screen(receiver(40)
                .giverConditions("HAND_CUT_OR_BROKEN_SKIN")
                .oils("JOJOBA", "LAVENDER")
                .tested("JOJOBA", "LAVENDER"));
        assertThat(oilResult(screening, "LAVENDER").maxDilutionPercent()).isEqualByComparingTo("2.0");
    }

    @Test
    void babiesGetNoEssentialOilAtAll() {
        var screening = TestRules.screen(
                receiver(1).oils("JOJOBA", "LAVENDER", "FRANKINCENSE").tested("JOJOBA", "LAVENDER", "FRANKINCENSE"));
        assertThat(oilResult(screening, "LAVENDER").status()).isEqualTo(OilStatus.AVOID);
        assertThat(oilResult(screening, "FRANKINCENSE").status()).isEqualTo(OilStatus.AVOID);
        assertThat(oilResult(screening, "JOJOBA").status()).isEqualTo(OilStatus.OK);
    }

    @Test
    void theLowestCapWins() {
        var screening = TestRules.screen(receiver(4)
                .conditions("SENSITIVE_SKIN_OR_ECZEMA")
                .oils("JOJOBA", "LAVENDER")
                .tested("JOJOBA", "LAVENDER"));
        assertThat(oilResult(screening, "LAVENDER").maxDilutionPercent()).isEqualByComparingTo("0.5");
        assertThat(screening.routine().blend().getFirst().dropsPer30ml()).isEqualTo(3);
    }
}
