package app.headsup.bench;

import app.headsup.rules.RuleEngine;
import app.headsup.rules.RuleFiles;
import app.headsup.rules.facts.Consent;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.rules.facts.Receiver;
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

/** The floor under a screening: a pooled session, two facts, three rounds of firing, nothing else. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RuleSessionBenchmark {

    private RuleEngine engine;

    @Setup
    public void compileRulesOnce() {
        engine = new RuleEngine(RuleFiles::fromClasspath);
    }

    @Benchmark
    public int threeEmptyRounds() {
        try (var session = engine.openSession()) {
            session.insert(new Consent(true));
            session.insert(new Receiver(40, Pregnancy.NO));
            session.fire();
            session.fire();
            return session.fire().size();
        }
    }
}
