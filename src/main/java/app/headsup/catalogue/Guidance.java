package app.headsup.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed texts of {@code rules/guidance.csv}: one summary per verdict, the disclaimer, the
 * general practice that comes with every routine, and the patch-test steps.
 */
public record Guidance(Map<String, String> summaries, String disclaimer, List<String> practice,
        List<String> patchTestSteps) {

    public static final String FILE = "guidance.csv";
    private static final String SUMMARY = "summary.";

    public Guidance {
        summaries = Map.copyOf(summaries);
        practice = List.copyOf(practice);
        patchTestSteps = List.copyOf(patchTestSteps);
    }

    public static Guidance parse(String csv) {
        var summaries = new HashMap<String, String>();
        var practice = new ArrayList<String>();
        var patchTest = new ArrayList<String>();
        String disclaimer = null;
        for (var row : CsvTable.rows(FILE, csv)) {
            String topic = CsvTable.required(FILE, row, "topic");
            String text = CsvTable.required(FILE, row, "text");
            switch (topic) {
                case "disclaimer" -> disclaimer = text;
                case "practice" -> practice.add(text);
                case "patchTest" -> patchTest.add(text);
                default -> {
                    if (!topic.startsWith(SUMMARY)) {
                        throw new CatalogueException(FILE + ": unknown topic '" + topic + "'");
                    }
                    summaries.put(topic.substring(SUMMARY.length()), text);
                }
            }
        }
        if (disclaimer == null || practice.isEmpty() || patchTest.isEmpty()) {
            throw new CatalogueException(FILE + ": the disclaimer, practice and patchTest texts are all required");
        }
        return new Guidance(summaries, disclaimer, practice, patchTest);
    }

    public String summary(String verdict) {
        String text = summaries.get(verdict);
        if (text == null) {
            throw new CatalogueException(FILE + ": no summary for " + verdict);
        }
        return text;
    }
}
