package app.headsup.rules.facts;

/** Most serious first: an oil takes the first status that applies. */
public enum OilStatus {
    AVOID,
    PATCH_TEST_FIRST,
    OK;

    /** The status in plain words, as the screen and the PDF say it. */
    public String words() {
        return switch (this) {
            case AVOID -> "Avoid";
            case PATCH_TEST_FIRST -> "Patch-test first";
            case OK -> "Fine";
        };
    }
}
