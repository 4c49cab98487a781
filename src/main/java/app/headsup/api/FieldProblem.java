package app.headsup.api;

/** One thing wrong with a request, at its JSON path: {@code receiver.allergies[1]}. */
public record FieldProblem(String field, String message) {}
