package app.headsup.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The sources of {@code rules/sources.csv}: rules name them by key, answers write them out. */
public final class Sources {

    public static final String FILE = "sources.csv";

    private final Map<String, String> byKey;

    private Sources(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    public static Sources parse(String csv) {
        var byKey = new LinkedHashMap<String, String>();
        for (var row : CsvTable.rows(FILE, csv)) {
            byKey.put(CsvTable.required(FILE, row, "key"), CsvTable.required(FILE, row, "source"));
        }
        return new Sources(byKey);
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** The sources written out, one after the other. */
    public String writtenOut(List<String> keys) {
        return keys.stream().map(byKey::get).collect(Collectors.joining(" "));
    }
}
