package app.headsup.rules;

import app.headsup.catalogue.Catalogues;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Holds the one rule set of this application, compiled at start-up from the packaged
 * {@code rules/} or from {@code headsup.rules.dir}. When loading fails the application still
 * starts, but the engine is down: {@link #openSession()} refuses, and the health endpoint says why.
 */
@Component
public class RuleEngine {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final CompletableFuture<Loaded> loading = new CompletableFuture<>();
    private final AtomicLong runFailures = new AtomicLong();

    /**
     * The outcome of loading: a rule set, or the reason there is none; and the folder's catalogues when they
     * could be read, which stored records need even while the rules themselves are down.
     */
    private record Loaded(
            @Nullable RuleSet ruleSet,
            @Nullable String failure,
            @Nullable Catalogues catalogues) {}

    @Autowired
    public RuleEngine(RulesSettings settings) {
        this(
                settings.dir().isBlank()
                        ? RuleFiles::fromClasspath
                        : () -> RuleFiles.fromDirectory(Path.of(settings.dir())),
                settings.dir().isBlank() ? RuleSetLoader::load : RuleSetLoader::compileFromDrl);
    }

    /** An engine on a folder: its build-time model when there is one for exactly these files, else its DRL. */
    public RuleEngine(Supplier<RuleFiles> folder) {
        this(folder, RuleSetLoader::load);
    }

    /** An engine on a folder's DRL compiled now, even where the build precompiled the same files. */
    public static RuleEngine compilingDrl(Supplier<RuleFiles> folder) {
        return new RuleEngine(folder, RuleSetLoader::compileFromDrl);
    }

    /**
     * Starts loading the rules on a thread of its own, so that the rest of the application starts
     * meanwhile. Everything that needs the outcome waits for it: nothing ever sees a half-loaded set.
     * A plain thread rather than a pool's, so that Drools keeps the application's class loader.
     */
    private RuleEngine(Supplier<RuleFiles> folder, Function<RuleFiles, RuleSet> loader) {
        var thread = new Thread(() -> loading.complete(load(folder, loader)), "rule-set-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private static Loaded load(Supplier<RuleFiles> folder, Function<RuleFiles, RuleSet> loader) {
        long started = System.nanoTime();
        RuleFiles files = null;
        try {
            files = folder.get();
            var loaded = loader.apply(files);
            log.info(
                    "Rule set {} loaded: {} rules in {} ms ({})",
                    loaded.version(),
                    loaded.rules().size(),
                    (System.nanoTime() - started) / 1_000_000,
                    loaded.compiledAtBuild() ? "compiled at build time" : "compiled from DRL at start-up");
            return new Loaded(loaded, null, loaded.catalogues());
        } catch (RuntimeException | LinkageError e) {
            String failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("Rule set NOT loaded, every screening will be refused: {}", failure);
            return new Loaded(null, failure, files == null ? null : cataloguesOrNull(files));
        }
    }

    private static @Nullable Catalogues cataloguesOrNull(RuleFiles files) {
        try {
            return Catalogues.parse(files.withSuffix(""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Loaded loaded() {
        return loading.join();
    }

    /** The loaded rule set; refuses when there is none. */
    public RuleSet ruleSet() {
        var loaded = loaded();
        if (loaded.ruleSet() == null) {
            throw new RulesUnavailableException("the rule set is not loaded: " + loaded.failure());
        }
        return loaded.ruleSet();
    }

    /** Refuses ({@link RulesUnavailableException}) while the rule set is down: for pages that need it. */
    public void requireUp() {
        ruleSet();
    }

    /**
     * The catalogues (labels, oils, routines, texts) of the rule folder: those of the loaded rule set, or,
     * while the rules are down, the folder's own when they could still be read. What a stored record needs.
     */
    public Catalogues catalogues() {
        var catalogues = loaded().catalogues();
        if (catalogues == null) {
            throw new RulesUnavailableException("the catalogues are not loaded: " + loaded().failure());
        }
        return catalogues;
    }

    public RuleSession openSession() {
        var rules = ruleSet();
        return new RuleSession(rules, rules.newSession());
    }

    /** Whether loading has finished, either way; never waits. */
    public boolean isLoaded() {
        return loading.isDone();
    }

    public boolean isUp() {
        return loaded().ruleSet() != null;
    }

    public Optional<String> loadFailure() {
        return Optional.ofNullable(loaded().failure());
    }

    /** Counts a screening that a rule failed to run. Only the kind of error is logged: facts hold health data. */
    public void recordRunFailure(RuntimeException e) {
        runFailures.incrementAndGet();
        Throwable root = e.getCause() == null ? e : e.getCause();
        log.error(
                "A screening was refused because a rule failed to run ({})",
                root.getClass().getName());
    }

    public long runFailures() {
        return runFailures.get();
    }
}
