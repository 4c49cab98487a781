package app.headsup.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The routines of {@code rules/routines.csv}, in file order, which is also the tie-break order. */
public final class RoutineCatalogue {

    public static final String FILE = "routines.csv";
    private static final int TEN_MINUTES = 600;

    private final Map<String, Routine> routines;

    private RoutineCatalogue(Map<String, Routine> routines) {
        this.routines = routines;
    }

    public static RoutineCatalogue parse(String csv) {
        var titles = new LinkedHashMap<String, String>();
        var steps = new LinkedHashMap<String, List<RoutineStep>>();
        for (var row : CsvTable.rows(FILE, csv)) {
            String id = CsvTable.required(FILE, row, "routine");
            titles.putIfAbsent(id, CsvTable.required(FILE, row, "routineTitle"));
            steps.computeIfAbsent(id, k -> new ArrayList<>()).add(step(row));
        }
        var routines = new LinkedHashMap<String, Routine>();
        titles.forEach((id, title) -> routines.put(id, checked(new Routine(id, title, steps.get(id)))));
        return new RoutineCatalogue(routines);
    }

    private static RoutineStep step(Map<String, String> row) {
        try {
            return new RoutineStep(
                    Integer.parseInt(CsvTable.required(FILE, row, "step")),
                    CsvTable.required(FILE, row, "area"),
                    Integer.parseInt(CsvTable.required(FILE, row, "seconds")),
                    CsvTable.required(FILE, row, "stepTitle"),
                    CsvTable.required(FILE, row, "instructions"));
        } catch (NumberFormatException e) {
            throw new CatalogueException(FILE + ": " + e.getMessage() + " in " + row, e);
        }
    }

    private static Routine checked(Routine routine) {
        if (routine.seconds() > TEN_MINUTES) {
            throw new CatalogueException(FILE + ": " + routine.id() + " is longer than 10 minutes");
        }
        return routine;
    }

    public Optional<Routine> find(String id) {
        return Optional.ofNullable(routines.get(id));
    }

    public List<Routine> all() {
        return List.copyOf(routines.values());
    }

    public List<String> ids() {
        return List.copyOf(routines.keySet());
    }
}
