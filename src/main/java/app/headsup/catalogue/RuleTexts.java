package app.headsup.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What every rule says, apart from what it decides: {@code rules/rule-texts.csv}, one row per rule id,
 * with the message a person reads, the reason shown under it, and the variants some rules need. The
 * rules themselves hold no words, so a table in another language can stand beside this one.
 */
public record RuleTexts(Map<String, Texts> byRule) {

    public static final String FILE = "rule-texts.csv";

    /**
     * @param messageWithoutOil         the message when no requested oil is concerned (allergies)
     * @param messageWithoutAlternative the message when no other routine can be offered
     */
    public record Texts(
            String message,
            String reason,
            @Nullable String messageWithoutOil,
            @Nullable String messageWithoutAlternative) {}

    public RuleTexts {
        byRule = Map.copyOf(byRule);
    }

    public static RuleTexts parse(String csv) {
        var byRule = new TreeMap<String, Texts>();
        for (var row : CsvTable.rows(FILE, csv)) {
            String rule = CsvTable.required(FILE, row, "rule");
            var texts = new Texts(
                    CsvTable.required(FILE, row, "message"),
                    CsvTable.required(FILE, row, "reason"),
                    blankToNull(row.get("message_without_oil")),
                    blankToNull(row.get("message_without_alternative")));
            if (byRule.put(rule, texts) != null) {
                throw new CatalogueException(FILE + ": rule " + rule + " appears twice");
            }
        }
        return new RuleTexts(byRule);
    }

    public Optional<Texts> of(String rule) {
        return Optional.ofNullable(byRule.get(rule));
    }

    private static @Nullable String blankToNull(@Nullable String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }
}
