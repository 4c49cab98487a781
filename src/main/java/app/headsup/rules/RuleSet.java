package app.headsup.rules;

import app.headsup.catalogue.Catalogues;
import app.headsup.catalogue.CodeList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, checked rule folder: a pool of sessions on its KieBase, the catalogues read from the
 * same folder, every rule's description, and the version that names exactly this content. Shared by
 * all screenings.
 */
public final class RuleSet {

    private final String version;
    private final KieSessionsPool sessions;
    private final Catalogues catalogues;
    private final Map<String, RuleDescription> rules;
    private final boolean compiledAtBuild;

    RuleSet(
            String version,
            KieSessionsPool sessions,
            Catalogues catalogues,
            Map<String, RuleDescription> rules,
            boolean compiledAtBuild) {
        this.compiledAtBuild = compiledAtBuild;
        this.version = version;
        this.sessions = sessions;
        this.catalogues = catalogues;
        this.rules = Map.copyOf(rules);
    }

    /** {@code <knowledge version>+<hash of the rule files>}, e.g. {@code 2026.11+3f2a9c1}. */
    public String version() {
        return version;
    }

    /** Whether the rules came from the build's executable model rather than DRL compiled at start-up. */
    public boolean compiledAtBuild() {
        return compiledAtBuild;
    }

    public Catalogues catalogues() {
        return catalogues;
    }

    /** Every rule, sorted by name. */
    public List<RuleDescription> rules() {
        return rules.values().stream()
                .sorted(Comparator.comparing(RuleDescription::rule))
                .toList();
    }

    /**
     * The receiver's conditions and medicines that rule out oils or cap their strength, read from the rules
     * themselves: the questions an oil check asks, and no others.
     */
    public List<String> codesThatChangeOils() {
        var vocabulary = catalogues.vocabulary();
        return rules().stream()
                .filter(RuleDescription::aboutTheReceiver)
                .filter(rule -> !rule.avoidOils().isEmpty() || rule.cap() != null)
                .map(RuleDescription::code)
                .filter(code -> code != null
                        && (vocabulary.contains(CodeList.RECEIVER_CONDITIONS, code)
                                || vocabulary.contains(CodeList.MEDICATIONS, code)))
                .toList();
    }

    public RuleDescription describe(String rule) {
        var description = rules.get(rule);
        if (description == null) {
            throw new RulesUnavailableException("no description for rule " + rule);
        }
        return description;
    }

    /** A session from the pool: disposing it resets it and hands it back. */
    KieSession newSession() {
        return sessions.newKieSession();
    }
}
