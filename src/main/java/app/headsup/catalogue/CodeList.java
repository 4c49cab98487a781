package app.headsup.catalogue;

/** The closed lists of codes of the screening contract, as named in {@code rules/vocabulary.csv}. */
public enum CodeList {
    AREAS("areas", "area"),
    PREGNANCY("pregnancy", "pregnancy answer"),
    LOCAL_ISSUE_KINDS("localIssueKinds", "local issue kind"),
    RECEIVER_CONDITIONS("receiverConditions", "receiver condition"),
    MEDICATIONS("medications", "medication"),
    ALLERGIES("allergies", "allergy"),
    GIVER_CONDITIONS("giverConditions", "giver condition"),
    OILS("oils", "oil"),
    ROUTINES("routines", "routine");

    private final String key;
    private final String noun;

    CodeList(String key, String noun) {
        this.key = key;
        this.noun = noun;
    }

    /** The list's name in the vocabulary file and in {@code GET /api/v1/vocabulary}. */
    public String key() {
        return key;
    }

    /** What one code of the list is called in an error message: "unknown allergy code". */
    public String noun() {
        return noun;
    }

    static CodeList byKey(String key) {
        for (var list : values()) {
            if (list.key.equals(key)) {
                return list;
            }
        }
        throw new CatalogueException(Vocabulary.FILE + ": unknown list '" + key + "'");
    }
}
