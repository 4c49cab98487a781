package app.headsup.rules;

import app.headsup.catalogue.Catalogues;
import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.RuleTexts;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.FindingKind;
import app.headsup.rules.facts.Person;
import app.headsup.rules.facts.RuleMetadata;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Reads every rule's metadata out of the compiled KieBase, with its texts from {@code rule-texts.csv}, and
 * checks both against the catalogues: a rule without a kind, level, texts or source, or naming an unknown
 * area, oil, family or source, or texts for no rule, make the whole rule set unusable.
 */
final class RuleDescriptions {

    private static final List<String> KNOWN_KEYS = List.of(
            "kind",
            "table",
            "code",
            "person",
            "level",
            "levelWithoutOil",
            "areas",
            "cautionAreas",
            "pressure",
            "cap",
            "avoidOils",
            "family",
            "sources");

    private RuleDescriptions() {}

    /** The rules sorted by name, keyed by name. */
    static Map<String, RuleDescription> read(KieBase kieBase, Catalogues catalogues, Map<String, String> drlFiles) {
        var problems = new ArrayList<String>();
        var rules = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .sorted(Comparator.comparing(Rule::getName))
                .toList();
        var byName = new LinkedHashMap<String, RuleDescription>();
        for (Rule rule : rules) {
            var reader = new MetadataReader(rule, catalogues, drlFiles, problems);
            var description = reader.description();
            if (description != null) {
                byName.put(rule.getName(), description);
            }
        }
        catalogues.ruleTexts().byRule().keySet().stream()
                .filter(rule -> !byName.containsKey(rule))
                .forEach(rule -> problems.add(RuleTexts.FILE + " has texts for " + rule + ", which is no rule"));
        if (!problems.isEmpty()) {
            throw new RuleSetException("rule metadata: " + String.join("; ", problems));
        }
        if (byName.isEmpty()) {
            throw new RuleSetException("the rule folder has no rules");
        }
        return byName;
    }

    /** Reads one rule's metadata, collecting every problem rather than stopping at the first. */
    private static final class MetadataReader {
        private final Rule rule;
        private final Catalogues catalogues;
        private final Map<String, String> drlFiles;
        private final List<String> problems;
        private final Map<String, Object> metadata;

        MetadataReader(Rule rule, Catalogues catalogues, Map<String, String> drlFiles, List<String> problems) {
            this.rule = rule;
            this.catalogues = catalogues;
            this.drlFiles = drlFiles;
            this.problems = problems;
            this.metadata = rule.getMetaData();
        }

        @Nullable RuleDescription description() {
            int before = problems.size();
            metadata.keySet().stream()
                    .filter(k -> !KNOWN_KEYS.contains(k))
                    .forEach(k -> problem("unknown metadata @" + k));
            var kind = required("kind")
                    .map(v -> parse(v, FindingKind::valueOf, "kind"))
                    .orElse(null);
            var person = optional("person")
                    .map(v -> parse(v, Person::valueOf, "person"))
                    .orElse(null);
            var level = required("level")
                    .map(v -> parse(v, Level::valueOf, "level"))
                    .orElse(null);
            var levelWithoutOil = optional("levelWithoutOil")
                    .map(v -> parse(v, Level::valueOf, "level"))
                    .orElse(null);
            var areas = list("areas");
            var cautionAreas = list("cautionAreas");
            Stream.concat(areas.stream(), cautionAreas.stream())
                    .filter(a -> !catalogues.vocabulary().contains(CodeList.AREAS, a))
                    .forEach(a -> problem("unknown area " + a));
            var pressure = optional("pressure")
                    .map(v -> parse(v, Pressure::valueOf, "pressure"))
                    .orElse(null);
            var cap = optional("cap").map(v -> parse(v, BigDecimal::new, "cap")).orElse(null);
            var avoidOils = list("avoidOils");
            avoidOils.stream()
                    .filter(o -> !o.equals(RuleDescription.ALL_ESSENTIAL))
                    .filter(o -> catalogues.oils().find(o).isEmpty())
                    .forEach(o -> problem("unknown oil " + o));
            var family = optional("family").orElse(null);
            if (family != null
                    && catalogues.oils().all().stream()
                            .noneMatch(o -> o.families().contains(family))) {
                problem("no oil belongs to the family " + family);
            }
            var texts = catalogues.ruleTexts().of(rule.getName());
            if (texts.isEmpty()) {
                problem("no row in " + RuleTexts.FILE);
            }
            // {avoidOils} names the rule's own oils, so that a message never points at oils it does not name.
            var message = texts.map(t -> t.message().replace("{avoidOils}", avoidedInWords(avoidOils)))
                    .orElse("");
            var reason = texts.map(RuleTexts.Texts::reason).orElse("");
            var sources = list("sources");
            if (sources.isEmpty()) {
                problem("no @sources");
            }
            sources.stream()
                    .filter(s -> !catalogues.sources().contains(s))
                    .forEach(s -> problem("unknown source " + s));
            if (problems.size() > before || level == null || kind == null || texts.isEmpty()) {
                return null;
            }
            return new RuleDescription(
                    rule.getName(),
                    file(),
                    kind,
                    optional("code").orElse(null),
                    person,
                    level,
                    levelWithoutOil,
                    areas,
                    cautionAreas,
                    pressure,
                    cap,
                    Set.copyOf(avoidOils),
                    family,
                    message,
                    texts.get().messageWithoutOil(),
                    texts.get().messageWithoutAlternative(),
                    reason,
                    sources,
                    catalogues.sources().writtenOut(sources));
        }

        private String avoidedInWords(List<String> avoidOils) {
            return Vocabulary.inWords(avoidOils.stream()
                    .map(code -> code.equals(RuleDescription.ALL_ESSENTIAL)
                            ? "every essential oil"
                            : catalogues
                                    .oils()
                                    .find(code)
                                    .map(oil -> oil.label().toLowerCase())
                                    .orElse(code))
                    .toList());
        }

        /**
         * The rule table a rule's template says it came from, or the hand-written DRL file that declares it, for
         * readers who want to find it.
         */
        private String file() {
            var table = optional("table");
            if (table.isPresent()) {
                return table.get();
            }
            String declaration = "rule \"" + rule.getName() + "\"";
            return drlFiles.entrySet().stream()
                    .filter(f -> f.getValue().contains(declaration))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(rule.getPackageName());
        }

        private Optional<String> optional(String key) {
            return Optional.ofNullable(RuleMetadata.text(metadata, key));
        }

        private Optional<String> required(String key) {
            var value = optional(key);
            if (value.isEmpty()) {
                problem("no @" + key);
            }
            return value;
        }

        private List<String> list(String key) {
            return optional(key)
                    .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList())
                    .orElse(List.of());
        }

        @Nullable private <T> T parse(String value, Function<String, T> parser, String what) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                problem("bad " + what + " '" + value + "'");
                return null;
            }
        }

        private void problem(String text) {
            problems.add(rule.getName() + ": " + text);
        }
    }
}
