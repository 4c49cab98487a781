package app.headsup.rules;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "rules": UP with the version, DOWN with the compiler's words, or
 * OUT_OF_SERVICE while the rules are still being loaded (health never waits for them).
 */
@Component("rules")
class RulesHealth implements HealthIndicator {

    private final RuleEngine engine;

    RulesHealth(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        if (!engine.isLoaded()) {
            return Health.outOfService().withDetail("loading", true).build();
        }
        if (!engine.isUp()) {
            return Health.down()
                    .withDetail("error", engine.loadFailure().orElse("not loaded"))
                    .build();
        }
        var rules = engine.ruleSet();
        return Health.up()
                .withDetail("version", rules.version())
                .withDetail("rules", rules.rules().size())
                .withDetail("runFailures", engine.runFailures())
                .build();
    }
}
