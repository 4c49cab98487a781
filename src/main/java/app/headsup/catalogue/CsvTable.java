package app.headsup.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads one table of a rule folder: a CSV with a header row, as rows of named, trimmed cells. */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvTable() {}

    public static List<Map<String, String>> rows(String fileName, String csv) {
        try (var parser = FORMAT.parse(new StringReader(csv))) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException | RuntimeException e) {
            throw new CatalogueException(fileName + ": " + e.getMessage(), e);
        }
    }

    /** The column names of the header row. */
    public static List<String> header(String fileName, String csv) {
        try (var parser = FORMAT.parse(new StringReader(csv))) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IOException | RuntimeException e) {
            throw new CatalogueException(fileName + ": " + e.getMessage(), e);
        }
    }

    public static String required(String fileName, Map<String, String> row, String column) {
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
