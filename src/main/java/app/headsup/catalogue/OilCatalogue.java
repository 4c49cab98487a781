package app.headsup.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The oils of {@code rules/oils.csv}, in file order: adding an oil is adding a line. */
public final class OilCatalogue {

    public static final String FILE = "oils.csv";

    private final Map<String, Oil> oils;

    private OilCatalogue(Map<String, Oil> oils) {
        this.oils = oils;
    }

    public static OilCatalogue parse(String csv) {
        var oils = new LinkedHashMap<String, Oil>();
        for (var row : CsvTable.rows(FILE, csv)) {
            var oil = oil(row);
            if (oils.putIfAbsent(oil.code(), oil) != null) {
                throw new CatalogueException(FILE + ": oil " + oil.code() + " is listed twice");
            }
        }
        return new OilCatalogue(oils);
    }

    private static Oil oil(Map<String, String> row) {
        try {
            String max = row.get("maxPercent");
            return new Oil(
                    CsvTable.required(FILE, row, "code"),
                    OilKind.valueOf(CsvTable.required(FILE, row, "kind")),
                    Set.copyOf(CsvTable.list(row.get("families"))),
                    max == null || max.isBlank() ? null : new BigDecimal(max),
                    CsvTable.list(row.get("flags")).stream()
                            .map(OilFlag::valueOf)
                            .collect(Collectors.toSet()),
                    CsvTable.required(FILE, row, "label"),
                    row.getOrDefault("notes", ""));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(FILE + ": " + e.getMessage() + " in " + row, e);
        }
    }

    public Optional<Oil> find(String code) {
        return Optional.ofNullable(oils.get(code));
    }

    public Oil get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown oil " + code));
    }

    public List<Oil> all() {
        return List.copyOf(oils.values());
    }

    public List<String> codes() {
        return List.copyOf(oils.keySet());
    }
}
