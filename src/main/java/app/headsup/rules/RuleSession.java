package app.headsup.rules;

import app.headsup.rules.facts.Hit;
import java.util.List;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * One screening's run of the rules. Facts go in, {@link #fire()} runs every rule that applies and
 * returns the hits so far; further facts can follow (the oils once assessed, the routine once
 * planned) and be fired again. Any exception from a rule becomes a
 * {@link RulesUnavailableException}: no half-run screening ever gives a verdict.
 */
public final class RuleSession implements AutoCloseable {

    private static final ClassObjectFilter HITS = new ClassObjectFilter(Hit.class);

    private final RuleSet ruleSet;
    private final KieSession session;

    RuleSession(RuleSet ruleSet, KieSession session) {
        this.ruleSet = ruleSet;
        this.session = session;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public void insert(Object fact) {
        try {
            session.insert(fact);
        } catch (RuntimeException e) {
            throw new RulesUnavailableException("a rule failed while reading the answers", e);
        }
    }

    /** Fires every applicable rule; returns all hits raised in this session so far. */
    public List<Hit> fire() {
        try {
            session.fireAllRules();
            // A ClassObjectFilter lets the object store go straight to the Hit facts.
            return session.getObjects(HITS).stream().map(Hit.class::cast).toList();
        } catch (RuntimeException e) {
            throw new RulesUnavailableException("a rule failed while running", e);
        }
    }

    @Override
    public void close() {
        session.dispose();
    }
}
