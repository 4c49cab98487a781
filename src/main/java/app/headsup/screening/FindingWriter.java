package app.headsup.screening;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.RuleSet;
import app.headsup.rules.facts.Hit;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rules' hits into findings: level, message, reason and source from the rule's own
 * metadata, the message's placeholders ({oils}, {areas}, {routine}, {alternative}) filled in with
 * plain names, ordered by level (most serious first), then rule.
 */
final class FindingWriter {

    private final RuleSet rules;
    private final Vocabulary vocabulary;
    private final List<String> requestedOils;

    FindingWriter(RuleSet rules, List<String> requestedOils) {
        this.rules = rules;
        this.vocabulary = rules.catalogues().vocabulary();
        this.requestedOils = requestedOils;
    }

    List<Finding> write(List<Hit> hits) {
        return hits.stream().map(this::finding).distinct().sorted(ORDER).toList();
    }

    private Finding finding(Hit hit) {
        var rule = rules.describe(hit.rule());
        var areas = rule.areasOf(hit).stream()
                .sorted(Comparator.comparingInt(vocabulary::areaOrder))
                .toList();
        String message = rule.messageOf(hit);
        if (message.indexOf('{') >= 0) {
            message = message.replace("{oils}", names(CodeList.OILS, inRequestOrder(hit.oils())))
                    .replace("{areas}", areaNames(areas))
                    .replace("{routine}", label(hit.routine()))
                    .replace("{alternative}", label(hit.alternative()));
        }
        return new Finding(
                hit.id(),
                rule.levelOf(hit),
                hit.person(),
                areas,
                hit.unsure(),
                message,
                rule.reason(),
                rule.source(),
                hit.kind(),
                hit.code());
    }

    private String label(@Nullable String routine) {
        return routine == null ? "" : vocabulary.label(CodeList.ROUTINES, routine);
    }

    private List<String> inRequestOrder(List<String> oils) {
        return oils.stream()
                .distinct()
                .sorted(Comparator.comparingInt(requestedOils::indexOf))
                .toList();
    }

    private String names(CodeList list, List<String> codes) {
        return Vocabulary.inWords(
                codes.stream().map(code -> vocabulary.label(list, code)).toList());
    }

    private String areaNames(List<String> areas) {
        return Vocabulary.inWords(areas.stream()
                .map(a -> "the " + vocabulary.label(CodeList.AREAS, a).toLowerCase())
                .toList());
    }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::level)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::person)
            .thenComparing(f -> String.join(",", f.areas()))
            .thenComparing(Finding::unsure);
}
