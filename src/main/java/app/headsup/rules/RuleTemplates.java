package app.headsup.rules;

import app.headsup.catalogue.CatalogueException;
import app.headsup.catalogue.CsvTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.drools.template.DataProviderCompiler;
import org.drools.template.objects.ArrayDataProvider;

/**
 * The DRL a rule folder compiles: its hand-written {@code .drl} files, and every rule table expanded by
 * its Drools rule template. A table {@code name.csv} beside a template {@code name.drt} becomes one rule
 * per row; a metadata line whose cell is empty is left out of that row's rule. The build's executable
 * model and a folder given at start-up go through this same expansion.
 */
final class RuleTemplates {

    static final String TEMPLATE = ".drt";
    private static final String TABLE = ".csv";
    private static final Pattern PLACEHOLDER = Pattern.compile("@\\{(\\w+)}");
    /** Cells name codes, levels, numbers and lists of them: nothing that could change a rule's DRL. */
    private static final Pattern SAFE_CELL = Pattern.compile("[A-Za-z0-9_., -]*");

    private RuleTemplates() {}

    /** Every DRL source of the folder keyed by the file a reader finds it in: the .drl, or the table. */
    static Map<String, String> drlOf(RuleFiles folder) {
        var sources = new TreeMap<>(folder.withSuffix(".drl"));
        folder.withSuffix(TEMPLATE).forEach((templateName, template) -> {
            String tableName = templateName.substring(0, templateName.length() - TEMPLATE.length()) + TABLE;
            String table = folder.files().get(tableName);
            if (table == null) {
                throw new RuleSetException("the rule template " + templateName + " has no table " + tableName);
            }
            sources.put(tableName, expand(tableName, table, template));
        });
        return sources;
    }

    private static String expand(String tableName, String table, String template) {
        var columns = headerColumns(template);
        var required = requiredColumns(template);
        List<Map<String, String>> rows;
        List<String> tableColumns;
        try {
            rows = CsvTable.rows(tableName, table);
            tableColumns = CsvTable.header(tableName, table);
        } catch (CatalogueException e) {
            throw new RuleSetException(e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new RuleSetException(tableName + " has no rows");
        }
        var unknown = new LinkedHashSet<>(tableColumns);
        unknown.removeAll(columns);
        if (!unknown.isEmpty()) {
            throw new RuleSetException(tableName + ": columns the template does not know: " + unknown);
        }
        var cells = new ArrayList<String[]>();
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            var values = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                String value = row.getOrDefault(column, "");
                String where = tableName + " row " + (r + 2) + ", column " + column;
                if (!SAFE_CELL.matcher(value).matches()) {
                    throw new RuleSetException(where + ": only codes, numbers and commas belong here: '" + value + "'");
                }
                if (value.isBlank() && required.contains(column)) {
                    throw new RuleSetException(where + " is empty; the rule's condition needs it");
                }
                values[c] = value;
            }
            cells.add(values);
        }
        return new DataProviderCompiler()
                .compile(
                        new ArrayDataProvider(cells.toArray(String[][]::new)),
                        new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)));
    }

    /** The column names listed under {@code template header}, up to the first blank line. */
    private static List<String> headerColumns(String template) {
        var lines = template.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("template header")) {
            throw new RuleSetException("a rule template starts with 'template header'");
        }
        return lines.stream()
                .skip(1)
                .takeWhile(l -> !l.isBlank())
                .map(String::strip)
                .toList();
    }

    /**
     * Columns used outside the metadata lines (the rule's name, its condition): a row must fill them, or
     * its rule would lose a line of its condition and fire for every answer.
     */
    private static Set<String> requiredColumns(String template) {
        var required = new LinkedHashSet<String>();
        template.lines()
                .filter(line -> !line.strip().startsWith("@") || line.strip().startsWith("@{"))
                .forEach(line -> PLACEHOLDER.matcher(line).results().forEach(m -> required.add(m.group(1))));
        return required;
    }
}
