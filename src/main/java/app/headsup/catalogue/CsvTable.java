package app.headsup.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads one catalogue file: a CSV with a header row, as rows of named, trimmed cells. */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvTable() {}

    static List<Map<String, String>> rows(String fileName, String csv) {
        try (var parser = FORMAT.parse(new StringReader(csv))) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException | RuntimeException e) {
            throw new CatalogueException(fileName + ": " + e.getMessage(), e);
        }
    }

    static String required(String fileName, Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new CatalogueException(fileName + ": column '" + column + "' is empty in " + row);
        }
        return value;
    }

    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.trim().split("\\s*[;,]\\s*"));
    }
}
