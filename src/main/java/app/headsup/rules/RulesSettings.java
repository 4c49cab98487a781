package app.headsup.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules come from ({@code headsup.rules.dir}, or HEADSUP_RULES_DIR): empty for the rules packaged
 * from {@code rules/} at build time, or a rule folder on disk, compiled from its DRL at start-up.
 */
@ConfigurationProperties("headsup.rules")
public record RulesSettings(@DefaultValue("") String dir) {}
