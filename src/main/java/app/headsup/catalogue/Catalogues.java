package app.headsup.catalogue;

import java.util.List;
import java.util.Map;

/** Every catalogue of one rule folder, read together so that they always belong to one rule set. */
public record Catalogues(
        OilCatalogue oils,
        RoutineCatalogue routines,
        Vocabulary vocabulary,
        Sources sources,
        Guidance guidance,
        RuleTexts ruleTexts) {

    public static final List<String> FILES = List.of(
            OilCatalogue.FILE, RoutineCatalogue.FILE, Vocabulary.FILE, Sources.FILE, Guidance.FILE, RuleTexts.FILE);

    /** Parses the catalogue files out of a rule folder's files, keyed by their name. */
    public static Catalogues parse(Map<String, String> files) {
        for (String name : FILES) {
            if (!files.containsKey(name)) {
                throw new CatalogueException("the rule folder has no " + name);
            }
        }
        var oils = OilCatalogue.parse(files.get(OilCatalogue.FILE));
        var routines = RoutineCatalogue.parse(files.get(RoutineCatalogue.FILE));
        var vocabulary = Vocabulary.parse(files.get(Vocabulary.FILE), oils, routines);
        return new Catalogues(
                oils,
                routines,
                vocabulary,
                Sources.parse(files.get(Sources.FILE)),
                Guidance.parse(files.get(Guidance.FILE)),
                RuleTexts.parse(files.get(RuleTexts.FILE)));
    }
}
