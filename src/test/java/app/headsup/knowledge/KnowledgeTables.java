package app.headsup.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the team's knowledge base, as copied into the test resources (knowledge/knowledge.md;
 * HeadsUp's own account of it is docs/knowledge.md), read the way the knowledge
 * base says tooling reads them: by heading and column name. Tests built on these rows fail when a
 * rule or catalogue entry drifts from its row.
 */
public final class KnowledgeTables {

    public record Table(String heading, List<String> columns, List<Map<String, String>> rows) {}

    private static final List<Table> TABLES = read();

    private KnowledgeTables() {}

    /** Section 2, conditions and medications (the first table under "## 2."). */
    public static List<Map<String, String>> receiverRows() {
        return table("## 2.", "code").rows();
    }

    public static List<Map<String, String>> ageAndPregnancyRows() {
        return table("### Age and pregnancy", "code").rows();
    }

    public static List<Map<String, String>> allergyRows() {
        return table("## 3.", "allergy").rows();
    }

    public static List<Map<String, String>> oilRows() {
        return table("## 4.", "code").rows();
    }

    public static List<Map<String, String>> giverRows() {
        return table("## 5.", "code").rows();
    }

    public static List<Map<String, String>> localIssueRows() {
        return table("## 6.", "kind").rows();
    }

    public static List<Map<String, String>> routineStepRows() {
        return table("## 6.", "routine").rows();
    }

    public static List<Map<String, String>> sourceRows() {
        return table("## 8.", "key").rows();
    }

    /** A cell as a list: "A, B" → [A, B]; blank → []. */
    public static List<String> list(String cell) {
        return cell == null || cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    private static Table table(String headingPrefix, String firstColumn) {
        return TABLES.stream()
                .filter(t -> t.heading().startsWith(headingPrefix))
                .filter(t -> t.columns().getFirst().equals(firstColumn))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no table " + firstColumn + " under " + headingPrefix));
    }

    private static List<Table> read() {
        try (InputStream in = KnowledgeTables.class.getResourceAsStream("/knowledge/knowledge.md")) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text.lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Table> parse(List<String> lines) {
        var tables = new ArrayList<Table>();
        String heading = "";
        List<String> columns = null;
        List<Map<String, String>> rows = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                heading = line.strip();
            }
            if (!line.startsWith("|")) {
                if (columns != null) {
                    tables.add(new Table(heading, columns, rows));
                    columns = null;
                }
                continue;
            }
            var cells = cells(line);
            if (columns == null) {
                columns = cells;
                rows = new ArrayList<>();
            } else if (!cells.getFirst().startsWith("---")) {
                var row = new LinkedHashMap<String, String>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.add(row);
            }
        }
        if (columns != null) {
            tables.add(new Table(heading, columns, rows));
        }
        return tables;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
