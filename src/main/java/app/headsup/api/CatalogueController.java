package app.headsup.api;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Oil;
import app.headsup.catalogue.OilFlag;
import app.headsup.catalogue.OilKind;
import app.headsup.catalogue.Routine;
import app.headsup.catalogue.RoutineStep;
import app.headsup.catalogue.Term;
import app.headsup.rules.Level;
import app.headsup.rules.Pressure;
import app.headsup.rules.RuleDescription;
import app.headsup.rules.RuleEngine;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only companions of the screening API. Everything comes from the loaded rule set, so
 * what they list is exactly what screens; when the rules are down they answer 503 too.
 */
@RestController
@RequestMapping("/api/v1")
class CatalogueController {

    private final RuleEngine engine;

    CatalogueController(RuleEngine engine) {
        this.engine = engine;
    }

    /** Every code of the contract with its label and why we ask, list by list. */
    @GetMapping("/vocabulary")
    VocabularyView vocabulary(@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
        Accepts.requireJson(accept);
        var rules = engine.ruleSet();
        var lists = new LinkedHashMap<String, List<Term>>();
        for (var list : CodeList.values()) {
            lists.put(list.key(), rules.catalogues().vocabulary().terms(list));
        }
        return new VocabularyView(rules.version(), lists);
    }

    @GetMapping("/oils")
    OilsView oils(@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
        Accepts.requireJson(accept);
        var rules = engine.ruleSet();
        return new OilsView(
                rules.version(),
                rules.catalogues().oils().all().stream().map(OilView::of).toList());
    }

    @GetMapping("/routines")
    RoutinesView routines(@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
        Accepts.requireJson(accept);
        var rules = engine.ruleSet();
        return new RoutinesView(
                rules.version(),
                rules.catalogues().routines().all().stream()
                        .map(RoutineView::of)
                        .toList());
    }

    /** Every rule, by finding id: allergy rules appear once per person. */
    @GetMapping("/rules")
    RulesView rules(@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
        Accepts.requireJson(accept);
        var rules = engine.ruleSet();
        var views = rules.rules().stream()
                .flatMap(rule -> rule.ids().stream().map(id -> RuleView.of(id, rule)))
                .sorted(Comparator.comparing(RuleView::id))
                .toList();
        return new RulesView(rules.version(), views);
    }

    record VocabularyView(String ruleSetVersion, Map<String, List<Term>> lists) {}

    record OilsView(String ruleSetVersion, List<OilView> oils) {}

    record OilView(
            String code,
            String label,
            OilKind kind,
            Set<String> families,
            @Nullable BigDecimal maxPercent,
            Set<OilFlag> flags,
            String notes) {
        static OilView of(Oil oil) {
            return new OilView(
                    oil.code(),
                    oil.label(),
                    oil.kind(),
                    new TreeSet<>(oil.families()),
                    oil.maxPercent(),
                    new TreeSet<>(oil.flags()),
                    oil.notes());
        }
    }

    record RoutinesView(String ruleSetVersion, List<RoutineView> routines) {}

    record RoutineView(String id, String title, int seconds, List<String> areas, List<RoutineStep> steps) {
        static RoutineView of(Routine routine) {
            var areas =
                    routine.steps().stream().map(RoutineStep::area).distinct().toList();
            return new RoutineView(routine.id(), routine.title(), routine.seconds(), areas, routine.steps());
        }
    }

    record RulesView(String ruleSetVersion, List<RuleView> rules) {}

    record RuleView(
            String id,
            Level level,
            @Nullable Level levelWithoutOil,
            String message,
            String reason,
            String source,
            List<String> sources,
            List<String> areas,
            @Nullable Pressure pressure,
            @Nullable BigDecimal cap,
            List<String> avoidOils,
            @Nullable String family,
            String file) {
        static RuleView of(String id, RuleDescription rule) {
            return new RuleView(
                    id,
                    rule.level(),
                    rule.levelWithoutOil(),
                    rule.generalMessage(),
                    rule.reason(),
                    rule.source(),
                    rule.sourceKeys(),
                    rule.areas(),
                    rule.pressure(),
                    rule.cap(),
                    rule.avoidOils().stream().sorted().toList(),
                    rule.family(),
                    rule.file());
        }
    }
}
