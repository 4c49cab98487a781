package app.headsup.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed texts of {@code rules/guidance.csv}: one summary per verdict, the disclaimer, the
 * general practice that comes with every routine, the aftercare warning that comes with every routine
 * that has a neck step, the patch-test steps, and how drops are counted.
 *
 * @param aftercare the warning signs after a neck massage that need emergency care, also in the doctor note
 * @param dropCount what a number of drops means, wherever drops are given
 */
public record Guidance(
        Map<String, String> summaries,
        String disclaimer,
        List<String> practice,
        List<String> patchTestSteps,
        String aftercare,
        String dropCount) {

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
        String aftercare = null;
        String dropCount = null;
        for (var row : CsvTable.rows(FILE, csv)) {
            String topic = CsvTable.required(FILE, row, "topic");
            String text = CsvTable.required(FILE, row, "text");
            switch (topic) {
                case "disclaimer" -> disclaimer = text;
                case "aftercare" -> aftercare = text;
                case "dropCount" -> dropCount = text;
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
        if (disclaimer == null || practice.isEmpty() || patchTest.isEmpty() || aftercare == null || dropCount == null) {
            throw new CatalogueException(FILE + ": the disclaimer, practice, patchTest, aftercare and dropCount texts "
                    + "are all required");
        }
        return new Guidance(summaries, disclaimer, practice, patchTest, aftercare, dropCount);
    }

    public String summary(String verdict) {
        String text = summaries.get(verdict);
        if (text == null) {
            throw new CatalogueException(FILE + ": no summary for " + verdict);
        }
        return text;
    }
}
