package app.headsup.rules;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the one rule set of this application, compiled at start-up from the packaged
 * {@code rules/} or from {@code headsup.rules.dir}. When loading fails the application still
 * starts, but the engine is down: {@link #openSession()} refuses, and the health endpoint says why.
 */
@Component
public class RuleEngine {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final @Nullable RuleSet ruleSet;
    private final @Nullable String loadFailure;
    private final AtomicLong runFailures = new AtomicLong();

    @Autowired
    public RuleEngine(@Value("${headsup.rules.dir:}") String rulesDir) {
        this(rulesDir.isBlank() ? RuleFiles::fromClasspath : () -> RuleFiles.fromDirectory(Path.of(rulesDir)));
    }

    public RuleEngine(Supplier<RuleFiles> folder) {
        RuleSet loaded = null;
        String failure = null;
        try {
            loaded = RuleSetLoader.load(folder.get());
            log.info("Rule set {} loaded: {} rules", loaded.version(), loaded.rules().size());
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("Rule set NOT loaded, every screening will be refused: {}", failure);
        }
        this.ruleSet = loaded;
        this.loadFailure = failure;
    }

    /** The loaded rule set; refuses when there is none. */
    public RuleSet ruleSet() {
        if (ruleSet == null) {
            throw new RulesUnavailableException("the rule set is not loaded: " + loadFailure);
        }
        return ruleSet;
    }

    public RuleSession openSession() {
        var rules = ruleSet();
        return new RuleSession(rules, rules.newSession());
    }

    public boolean isUp() {
        return ruleSet != null;
    }

    public Optional<String> loadFailure() {
        return Optional.ofNullable(loadFailure);
    }

    /** Counts a screening that a rule failed to run. Only the kind of error is logged: facts hold health data. */
    public void recordRunFailure(RuntimeException e) {
        runFailures.incrementAndGet();
        Throwable root = e.getCause() == null ? e : e.getCause();
        log.error("A screening was refused because a rule failed to run ({})", root.getClass().getName());
    }

    public long runFailures() {
        return runFailures.get();
    }
}
