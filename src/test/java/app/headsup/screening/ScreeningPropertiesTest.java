package app.headsup.screening;

import static app.headsup.screening.RequestBuilder.receiver;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.Pressure;
import app.headsup.rules.RuleDescription;
import app.headsup.rules.facts.OilStatus;
import app.headsup.rules.facts.Person;
import app.headsup.rules.facts.Pregnancy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over every single answer, every pair of answers and a few thousand seeded random
 * requests: more answers never make a verdict milder or an avoided oil fine; no routine step lies
 * in an avoided area; a routine exists exactly when allowed and a step remains; every verdict
 * above PROCEED is explained; the same input always gives the same output, also concurrently.
 */
public class ScreeningPropertiesTest {

    private static final Vocabulary VOCABULARY =
            TestRules.ruleSet().catalogues().vocabulary();
    private static final List<String> OILS = VOCABULARY.codes(CodeList.OILS);
    private static final long SEED = 20261122L;
    private static final int RANDOM_REQUESTS = 3000;

    /** One answer that can be added to any request. */
    record Answer(String name, Consumer<RequestBuilder> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Answer> answers() {
        var answers = new ArrayList<Answer>();
        VOCABULARY
                .codes(CodeList.RECEIVER_CONDITIONS)
                .forEach(c -> answers.add(new Answer("condition " + c, r -> r.conditions(c))));
        VOCABULARY
                .codes(CodeList.MEDICATIONS)
                .forEach(c -> answers.add(new Answer("medication " + c, r -> r.medications(c))));
        VOCABULARY.codes(CodeList.ALLERGIES).forEach(c -> answers.add(new Answer("allergy " + c, r -> r.allergies(c))));
        VOCABULARY
                .codes(CodeList.ALLERGIES)
                .forEach(c -> answers.add(new Answer("giver allergy " + c, r -> r.giverAllergies(c))));
        VOCABULARY
                .codes(CodeList.GIVER_CONDITIONS)
                .forEach(c -> answers.add(new Answer("giver " + c, r -> r.giverConditions(c))));
        VOCABULARY
                .codes(CodeList.LOCAL_ISSUE_KINDS)
                .forEach(k -> VOCABULARY
                        .codes(CodeList.AREAS)
                        .forEach(a -> answers.add(new Answer(k + " on " + a, r -> r.local(k, a)))));
        answers.add(new Answer("pregnant", r -> r.pregnancy(Pregnancy.YES)));
        answers.add(new Answer("maybe pregnant", r -> r.pregnancy(Pregnancy.UNSURE)));
        answers.add(new Answer("no consent", r -> r.consent(false)));
        return answers;
    }

    /** A base with a few oils, some tested, so oil properties have something to say. */
    private static RequestBuilder base() {
        return receiver(40)
                .oils("JOJOBA", "SWEET_ALMOND", "LAVENDER", "PEPPERMINT", "BERGAMOT", "LEMON")
                .tested("JOJOBA", "LAVENDER", "BERGAMOT", "LEMON");
    }

    static Stream<Answer> everyAnswer() {
        return answers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAnswer")
    void everySingleAnswerKeepsTheInvariantsAndIsNeverMilderThanNothing(Answer answer) {
        var before = TestRules.screen(base());
        var with = base();
        answer.apply().accept(with);
        var after = TestRules.screen(with);
        assertInvariants(after);
        assertNeverMilder(before, after);
    }

    @Test
    void everyPairOfAnswersIsNeverMilderThanEitherAlone() {
        var answers = answers();
        var singles = answers.stream()
                .map(a -> {
                    var r = base();
                    a.apply().accept(r);
                    return TestRules.screen(r);
                })
                .toList();
        for (int i = 0; i < answers.size(); i++) {
            for (int j = i + 1; j < answers.size(); j++) {
                var both = base();
                answers.get(i).apply().accept(both);
                answers.get(j).apply().accept(both);
                var screening = TestRules.screen(both);
                assertInvariants(screening);
                assertNeverMilder(singles.get(i), screening);
                assertNeverMilder(singles.get(j), screening);
            }
        }
    }

    public static Stream<Arguments> randomRequests() {
        var random = new Random(SEED);
        var answers = answers();
        return IntStream.range(0, RANDOM_REQUESTS).mapToObj(i -> {
            var request = receiver(random.nextInt(121));
            int count = random.nextInt(6);
            var names = new ArrayList<String>();
            for (int k = 0; k < count; k++) {
                var answer = answers.get(random.nextInt(answers.size()));
                answer.apply().accept(request);
                names.add(answer.name());
            }
            var oils = IntStream.range(0, random.nextInt(5))
                    .mapToObj(k -> OILS.get(random.nextInt(OILS.size())))
                    .toArray(String[]::new);
            request.oils(oils)
                    .tested(Stream.of(oils).filter(o -> random.nextBoolean()).toArray(String[]::new));
            if (random.nextInt(3) == 0) {
                var routines = VOCABULARY.codes(CodeList.ROUTINES);
                request.routine(routines.get(random.nextInt(routines.size())));
            }
            var extra = answers.get(random.nextInt(answers.size()));
            return Arguments.of(i, names + " " + List.of(oils), request, extra);
        });
    }

    @ParameterizedTest(name = "#{0} {1}")
    @MethodSource("randomRequests")
    void randomRequestsKeepTheInvariantsAndOneMoreAnswerIsNeverMilder(
            int i, String what, RequestBuilder request, Answer extra) {
        var screening = TestRules.screen(request);
        assertInvariants(screening);
        assertThat(TestRules.screen(request)).isEqualTo(screening);
        var more = request.copy();
        extra.apply().accept(more);
        assertNeverMilder(screening, TestRules.screen(more));
    }

    @Test
    void theSameInputGivesTheSameOutputFromEightThreadsAtOnce() throws Exception {
        var random = new Random(SEED + 1);
        var requests = randomRequests()
                .limit(200)
                .map(a -> (RequestBuilder) a.get()[2])
                .toList();
        var expected = requests.stream().map(TestRules::screen).toList();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int t = 0; t < 8; t++) {
                int offset = random.nextInt(requests.size());
                tasks.add(() -> {
                    for (int k = 0; k < requests.size(); k++) {
                        int index = (k + offset) % requests.size();
                        if (!TestRules.screen(requests.get(index)).equals(expected.get(index))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    static void assertInvariants(Screening screening) {
        // Every verdict above PROCEED is explained by a finding of that level.
        if (screening.verdict() != Verdict.PROCEED) {
            assertThat(screening.findings()).anyMatch(f -> Verdict.of(f.level()) == screening.verdict());
        }
        assertThat(screening.findings()).allMatch(f -> Verdict.of(f.level()).compareTo(screening.verdict()) <= 0);
        var routine = screening.routine();
        if (routine != null) {
            assertThat(screening.verdict().allowsRoutine()).isTrue();
            assertThat(routine.steps())
                    .isNotEmpty()
                    .noneMatch(s -> screening.avoidAreas().contains(s.area()));
            assertThat(routine.seconds())
                    .isEqualTo(routine.steps().stream()
                            .mapToInt(RoutineResult.Step::seconds)
                            .sum());
            assertThat(routine.minutes()).isBetween(1, 10);
            assertThat(routine.blend()).allMatch(b -> b.dropsPer30ml() > 0);
        } else if (screening.verdict().allowsRoutine()) {
            assertThat(screening.findings()).extracting(Finding::rule).contains("ROUTINE-NO-STEPS-LEFT");
        }
        for (var oil : screening.oils()) {
            assertThat(oil.status() == OilStatus.AVOID).isEqualTo(!oil.reasons().isEmpty());
            if (oil.status() != OilStatus.OK) {
                assertThat(screening.verdict()).isGreaterThanOrEqualTo(Verdict.PROCEED_WITH_CHANGES);
            }
        }
        assertThat(screening.patchTest() != null)
                .isEqualTo(screening.oils().stream().anyMatch(o -> o.status() == OilStatus.PATCH_TEST_FIRST));
        if (routine != null) {
            assertBlendWithinTheCap(screening, routine.blend());
        }
    }

    /**
     * The blend together stays within the person's cap; each oil within its own maximum and its status's
     * maxDilutionPercent; the phototoxic oils together within one phototoxic dose.
     */
    static void assertBlendWithinTheCap(Screening screening, List<RoutineResult.BlendLine> blend) {
        var rules = TestRules.ruleSet();
        var cap = screening.findings().stream()
                .filter(f -> f.person() == Person.RECEIVER)
                .flatMap(f -> rules.rules().stream().filter(rule -> rule.ids().contains(f.rule())))
                .map(RuleDescription::cap)
                .filter(Objects::nonNull)
                .reduce(new BigDecimal("2.0"), BigDecimal::min);
        assertThat(blend.stream().map(RoutineResult.BlendLine::percent).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the whole blend within the cap of %s", cap)
                .isLessThanOrEqualTo(cap);
        var oils = rules.catalogues().oils();
        var doses = BigDecimal.ZERO;
        for (var line : blend) {
            var oil = oils.get(line.oil());
            var status = screening.oils().stream()
                    .filter(o -> o.oil().equals(line.oil()))
                    .findFirst()
                    .orElseThrow();
            assertThat(status.status()).isEqualTo(OilStatus.OK);
            assertThat(line.percent()).isLessThanOrEqualTo(status.maxDilutionPercent());
            if (oil.maxPercent() != null) {
                assertThat(line.percent()).isLessThanOrEqualTo(oil.maxPercent());
            }
            if (oil.phototoxic()) {
                doses = doses.add(line.percent().divide(oil.maxPercent(), MathContext.DECIMAL128));
            }
            assertThat(line.dropsPer30ml()).isEqualTo(Dilution.drops(new BigDecimal(30), line.percent()));
        }
        assertThat(doses).as("phototoxic doses").isLessThanOrEqualTo(BigDecimal.ONE);
    }

    /** With more answers: verdict not milder, no new light pressure lost, no avoided area or oil freed. */
    static void assertNeverMilder(Screening fewer, Screening more) {
        assertThat(more.verdict()).isGreaterThanOrEqualTo(fewer.verdict());
        assertThat(more.avoidAreas()).containsAll(fewer.avoidAreas());
        if (fewer.pressure() == Pressure.LIGHT) {
            assertThat(more.pressure()).isEqualTo(Pressure.LIGHT);
        }
        for (var oil : fewer.oils()) {
            var after = more.oils().stream()
                    .filter(o -> o.oil().equals(oil.oil()))
                    .findFirst()
                    .orElseThrow();
            assertThat(after.status()).as(oil.oil()).isLessThanOrEqualTo(oil.status());
            if (oil.maxDilutionPercent() != null && after.maxDilutionPercent() != null) {
                assertThat(after.maxDilutionPercent()).isLessThanOrEqualTo(oil.maxDilutionPercent());
            }
        }
    }
}
