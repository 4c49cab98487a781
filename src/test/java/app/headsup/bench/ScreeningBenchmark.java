package app.headsup.bench;

import static app.headsup.screening.RequestBuilder.receiver;

import app.headsup.rules.RuleEngine;
import app.headsup.rules.RuleFiles;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.ScreeningService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One in-process screening over a mixed set of requests, the rule set compiled once.
 * Run with {@code bench/jmh.sh}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScreeningBenchmark {

    private ScreeningService service;
    private List<ScreeningRequest> requests;
    private int next;

    @Setup
    public void compileRulesOnce() {
        service = new ScreeningService(new RuleEngine(RuleFiles::fromClasspath));
        requests = List.of(
                receiver(31).giver().build(),
                receiver(40).oils("JOJOBA", "LAVENDER").build(),
                receiver(28)
                        .allergies("TREE_NUT")
                        .oils("SWEET_ALMOND", "LAVENDER")
                        .tested("LAVENDER")
                        .build(),
                receiver(35)
                        .conditions("SENSITIVE_SKIN_OR_ECZEMA")
                        .local("RASH_OR_FLARE", "SCALP")
                        .routine("SEVEN_STEP_HEAD")
                        .build(),
                receiver(22).conditions("HEAD_OR_NECK_INJURY_RECENT").build(),
                receiver(30)
                        .pregnancy(Pregnancy.YES)
                        .oils("JOJOBA", "ROSEMARY", "LAVENDER")
                        .tested("JOJOBA", "LAVENDER")
                        .build(),
                receiver(68).medications("BLOOD_THINNERS").unsure("EPILEPSY").build(),
                receiver(72)
                        .conditions("HEARING_AID")
                        .giverConditions("WRIST_OR_THUMB_PAIN")
                        .oils("OLIVE")
                        .tested("OLIVE")
                        .build(),
                receiver(7).oils("PEPPERMINT").build(),
                receiver(78)
                        .oils("GRAPESEED", "BERGAMOT", "SWEET_ORANGE")
                        .tested("GRAPESEED", "BERGAMOT", "SWEET_ORANGE")
                        .build());
    }

    @Benchmark
    public Screening screenOne() {
        var request = requests.get(next);
        next = (next + 1) % requests.size();
        return service.screen(request);
    }
}
