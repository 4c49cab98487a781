package app.headsup.api;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.GiverAnswers;
import app.headsup.screening.ReceiverAnswers;
import app.headsup.screening.ScreeningRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a screening request out of a parsed JSON tree, strictly: exact types, known fields only,
 * known codes only, in the right list. It walks the whole tree and reports every problem with its
 * path, rather than stopping at the first one as data binding would.
 */
final class ScreeningRequestReader {

    static final int MAX_LIST = 100;
    static final int MAX_AGE = ReceiverAnswers.MAX_AGE;
    private static final Set<String> REQUEST_FIELDS =
            Set.of("consent", "receiver", "giver", "oils", "patchTested", "routine");
    private static final Set<String> RECEIVER_FIELDS =
            Set.of("ageYears", "pregnancy", "conditions", "medications", "allergies", "localIssues", "unsure");
    private static final Set<String> GIVER_FIELDS = Set.of("conditions", "allergies");
    private static final Set<String> LOCAL_ISSUE_FIELDS = Set.of("kind", "area");

    private final Vocabulary vocabulary;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ScreeningRequestReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static ScreeningRequest read(JsonNode body, Vocabulary vocabulary) {
        return new ScreeningRequestReader(vocabulary).request(body);
    }

    private ScreeningRequest request(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidRequestException("$", "The body must be a JSON object.");
        }
        fields(body, "", REQUEST_FIELDS);
        Boolean consent = bool(body, "consent");
        var receiver = receiver(body.get("receiver"));
        var giver = body.has("giver") ? giver(body.get("giver")) : null;
        var oils = codes(body, "", "oils", EnumSet.of(CodeList.OILS));
        var patchTested = codes(body, "", "patchTested", EnumSet.of(CodeList.OILS));
        String routine =
                body.has("routine") ? code(body.get("routine"), "routine", EnumSet.of(CodeList.ROUTINES)) : null;
        if (!problems.isEmpty() || consent == null || receiver == null) {
            throw new InvalidRequestException(problems);
        }
        return new ScreeningRequest(consent, receiver, giver, oils, patchTested, routine);
    }

    private @Nullable ReceiverAnswers receiver(@Nullable JsonNode node) {
        if (node == null) {
            problem("receiver", "is required.");
            return null;
        }
        if (!node.isObject()) {
            problem("receiver", "must be an object.");
            return null;
        }
        fields(node, "receiver.", RECEIVER_FIELDS);
        Integer age = age(node.get("ageYears"));
        Pregnancy pregnancy = pregnancy(node.get("pregnancy"));
        var conditions = codes(node, "receiver.", "conditions", EnumSet.of(CodeList.RECEIVER_CONDITIONS));
        var medications = codes(node, "receiver.", "medications", EnumSet.of(CodeList.MEDICATIONS));
        var allergies = codes(node, "receiver.", "allergies", EnumSet.of(CodeList.ALLERGIES));
        var localIssues = list(node, "receiver.", "localIssues", this::localIssue);
        var unsure = codes(
                node,
                "receiver.",
                "unsure",
                EnumSet.of(CodeList.RECEIVER_CONDITIONS, CodeList.MEDICATIONS, CodeList.ALLERGIES));
        if (age == null || pregnancy == null) {
            return null;
        }
        return new ReceiverAnswers(age, pregnancy, conditions, medications, allergies, localIssues, unsure);
    }

    private @Nullable GiverAnswers giver(JsonNode node) {
        if (!node.isObject()) {
            problem(
                    "giver",
                    "must be an object ({} for a giver with nothing to report); leave it out when the giver is not screened.");
            return null;
        }
        fields(node, "giver.", GIVER_FIELDS);
        return new GiverAnswers(
                codes(node, "giver.", "conditions", EnumSet.of(CodeList.GIVER_CONDITIONS)),
                codes(node, "giver.", "allergies", EnumSet.of(CodeList.ALLERGIES)));
    }

    private @Nullable LocalIssue localIssue(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "must be an object with a kind and an area.");
            return null;
        }
        fields(node, path + ".", LOCAL_ISSUE_FIELDS);
        String kind = required(node, path + ".kind", "kind", EnumSet.of(CodeList.LOCAL_ISSUE_KINDS));
        String area = required(node, path + ".area", "area", EnumSet.of(CodeList.AREAS));
        return kind == null || area == null ? null : new LocalIssue(kind, area);
    }

    private void fields(JsonNode node, String prefix, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(
                        prefix + name,
                        "is not a known field; known here: "
                                + known.stream().sorted().collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    private @Nullable Boolean bool(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null) {
            problem(field, "is required: true when the receiver wants this massage now, else false.");
            return null;
        }
        if (!node.isBoolean()) {
            problem(field, "must be true or false.");
            return null;
        }
        return node.booleanValue();
    }

    private @Nullable Integer age(@Nullable JsonNode node) {
        if (node == null) {
            problem("receiver.ageYears", "is required.");
            return null;
        }
        if (!node.isIntegralNumber()) {
            problem("receiver.ageYears", "must be a whole number of years.");
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < 0 || node.intValue() > MAX_AGE) {
            problem("receiver.ageYears", "must be between 0 and " + MAX_AGE + ".");
            return null;
        }
        return node.intValue();
    }

    private @Nullable Pregnancy pregnancy(@Nullable JsonNode node) {
        if (node == null) {
            problem("receiver.pregnancy", "is required: NO, YES or UNSURE.");
            return null;
        }
        String code = code(node, "receiver.pregnancy", EnumSet.of(CodeList.PREGNANCY));
        return code == null ? null : Pregnancy.valueOf(code);
    }

    private @Nullable String required(JsonNode parent, String path, String field, Set<CodeList> lists) {
        JsonNode node = parent.get(field);
        if (node == null) {
            problem(path, "is required.");
            return null;
        }
        return code(node, path, lists);
    }

    private List<String> codes(JsonNode parent, String prefix, String field, Set<CodeList> lists) {
        return list(parent, prefix, field, (node, path) -> code(node, path, lists));
    }

    private <T> List<T> list(JsonNode parent, String prefix, String field, ItemReader<T> items) {
        JsonNode node = parent.get(field);
        String path = prefix + field;
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(
                    path,
                    node.isNull()
                            ? "must be a list; leave the field out rather than sending null."
                            : "must be a list.");
            return List.of();
        }
        if (node.size() > MAX_LIST) {
            problem(path, "has " + node.size() + " items; at most " + MAX_LIST + " are allowed.");
            return List.of();
        }
        var values = new ArrayList<T>();
        for (int i = 0; i < node.size(); i++) {
            T value = items.read(node.get(i), path + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private @Nullable String code(JsonNode node, String path, Set<CodeList> lists) {
        if (!node.isString()) {
            problem(path, node.isNull() ? "must be a code, not null." : "must be a code (a string).");
            return null;
        }
        String code = node.stringValue();
        if (lists.stream().anyMatch(list -> vocabulary.contains(list, code))) {
            return code;
        }
        String expected = lists.stream().map(CodeList::noun).collect(Collectors.joining(" or "));
        var elsewhere = vocabulary.listsContaining(code);
        if (!elsewhere.isEmpty()) {
            problem(
                    path,
                    "'" + code + "' is " + article(elsewhere.getFirst().noun()) + " code (list "
                            + elsewhere.getFirst().key() + "), not " + article(expected) + " code.");
        } else {
            // The known codes are named by the vocabulary endpoint, not repeated for every unknown one.
            problem(
                    path,
                    "unknown " + expected + " code '" + abbreviated(code) + "'; the known codes are listed by "
                            + "GET /api/v1/vocabulary (list "
                            + lists.stream().map(CodeList::key).collect(Collectors.joining(" or ")) + ").");
        }
        return null;
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String abbreviated(String code) {
        return code.length() <= 60 ? code : code.substring(0, 60) + "…";
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        @Nullable T read(JsonNode node, String path);
    }
}
