package app.headsup.catalogue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Every code of the contract with its label, per list, in file order. Oils and routines are
 * taken from their own catalogues so that a code exists in exactly one place.
 */
public final class Vocabulary {

    public static final String FILE = "vocabulary.csv";

    private final Map<CodeList, SequencedMap<String, Term>> lists;
    private final SequencedMap<String, String> themes;
    private final Map<String, String> askedYou;
    private final Map<String, String> follows;
    private final Map<String, Integer> areaOrder = new HashMap<>();

    private Vocabulary(
            Map<CodeList, SequencedMap<String, Term>> lists,
            SequencedMap<String, String> themes,
            Map<String, String> askedYou,
            Map<String, String> follows) {
        this.lists = lists;
        this.themes = themes;
        this.askedYou = askedYou;
        this.follows = follows;
        lists.get(CodeList.AREAS).keySet().forEach(area -> areaOrder.put(area, areaOrder.size()));
    }

    public static Vocabulary parse(String csv, OilCatalogue oils, RoutineCatalogue routines) {
        var lists = new EnumMap<CodeList, SequencedMap<String, Term>>(CodeList.class);
        for (var list : CodeList.values()) {
            lists.put(list, new LinkedHashMap<>());
        }
        var themes = new LinkedHashMap<String, String>();
        var askedYou = new HashMap<String, String>();
        var follows = new HashMap<String, String>();
        for (var row : CsvTable.rows(FILE, csv)) {
            var list = CodeList.byKey(CsvTable.required(FILE, row, "list"));
            var term = new Term(
                    CsvTable.required(FILE, row, "code"),
                    CsvTable.required(FILE, row, "label"),
                    row.getOrDefault("why", ""));
            if (lists.get(list).putIfAbsent(term.code(), term) != null) {
                throw new CatalogueException(FILE + ": " + term.code() + " is listed twice in " + list.key());
            }
            // A receiver's health question is always asked somewhere: its theme says where. A person answering
            // about themselves is asked it in their own words (column asked_you).
            if (list == CodeList.RECEIVER_CONDITIONS || list == CodeList.MEDICATIONS) {
                themes.put(term.code(), CsvTable.required(FILE, row, "theme"));
                askedYou.put(term.code(), CsvTable.required(FILE, row, "asked_you"));
                String parent = row.getOrDefault("follows", "");
                if (!parent.isBlank()) {
                    // A follow-up is asked right after the question it follows, and only when that one is not "no".
                    if (!themes.containsKey(parent) || !themes.get(parent).equals(themes.get(term.code()))) {
                        throw new CatalogueException(FILE + ": " + term.code() + " follows " + parent
                                + ", which is not an earlier question of its theme");
                    }
                    follows.put(term.code(), parent);
                }
            }
        }
        oils.all()
                .forEach(oil ->
                        lists.get(CodeList.OILS).put(oil.code(), new Term(oil.code(), oil.label(), oil.notes())));
        routines.all().forEach(r -> lists.get(CodeList.ROUTINES).put(r.id(), new Term(r.id(), r.title(), "")));
        for (var list : CodeList.values()) {
            if (lists.get(list).isEmpty()) {
                throw new CatalogueException(FILE + ": the list " + list.key() + " has no codes");
            }
        }
        return new Vocabulary(lists, themes, askedYou, follows);
    }

    public boolean contains(CodeList list, String code) {
        return lists.get(list).containsKey(code);
    }

    public List<Term> terms(CodeList list) {
        return List.copyOf(lists.get(list).values());
    }

    public List<String> codes(CodeList list) {
        return List.copyOf(lists.get(list).keySet());
    }

    public Optional<Term> term(CodeList list, String code) {
        return Optional.ofNullable(lists.get(list).get(code));
    }

    /** The label of a code, or the code itself when it has none. */
    public String label(CodeList list, String code) {
        return term(list, code).map(Term::label).orElse(code);
    }

    /**
     * The question as put to the person it is about ("Do you have a fever today?"), for a health question;
     * anything else keeps its label.
     */
    public String askedOfThemselves(CodeList list, String code) {
        return askedYou.getOrDefault(code, label(list, code));
    }

    /**
     * The receiver's condition and medication codes asked under one theme of the questionnaire, in
     * file order (column {@code theme} of the vocabulary).
     */
    public List<String> codesInTheme(String theme) {
        return themes.entrySet().stream()
                .filter(e -> e.getValue().equals(theme))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The question a health question follows up (ASTHMA_SEVERE follows ASTHMA: asked only when asthma is not
     * "no"), if any (column {@code follows} of the vocabulary).
     */
    public Optional<String> followUpOf(String code) {
        return Optional.ofNullable(follows.get(code));
    }

    /** Every theme named in the vocabulary, in the order first named. */
    public List<String> themes() {
        return themes.values().stream().distinct().toList();
    }

    /** The list a receiver's code belongs to (an "unsure" code may be any of them): medications, allergies or conditions. */
    public CodeList receiverListOf(String code) {
        if (contains(CodeList.MEDICATIONS, code)) {
            return CodeList.MEDICATIONS;
        }
        return contains(CodeList.ALLERGIES, code) ? CodeList.ALLERGIES : CodeList.RECEIVER_CONDITIONS;
    }

    /** The position of an area in the contract's Areas list, for ordering avoided areas. */
    public int areaOrder(String area) {
        return areaOrder.getOrDefault(area, Integer.MAX_VALUE);
    }

    /** The other lists a code belongs to, for "a code in the wrong list" messages. */
    public List<CodeList> listsContaining(String code) {
        return lists.entrySet().stream()
                .filter(e -> e.getValue().containsKey(code))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** "a", "a and b", "a, b and c". */
    public static String inWords(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
