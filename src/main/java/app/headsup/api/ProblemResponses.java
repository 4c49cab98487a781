package app.headsup.api;

import app.headsup.rules.RulesUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the API as {@code application/problem+json}, with a stable {@code type}. The body
 * is written directly, so that even a client whose Accept header rules out JSON gets it.
 */
@RestControllerAdvice(assignableTypes = {ScreeningController.class, CatalogueController.class, UnknownApiPaths.class})
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** An answer to a request with thousands of mistakes stays small: the first ones, and how many there are. */
    static final int MAX_LISTED_PROBLEMS = 50;

    @ExceptionHandler
    void invalid(InvalidRequestException e, HttpServletResponse response) throws IOException {
        int count = e.problems().size();
        String detail = count == 1
                ? "The request has 1 problem."
                : "The request has " + count + " problems"
                        + (count > MAX_LISTED_PROBLEMS ? "; the first " + MAX_LISTED_PROBLEMS + " are listed." : ".");
        write(
                response,
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                detail,
                e.problems().subList(0, Math.min(count, MAX_LISTED_PROBLEMS)),
                count);
    }

    @ExceptionHandler
    void refused(ApiException e, HttpServletResponse response) throws IOException {
        if (!e.allow().isEmpty()) {
            response.setHeader("Allow", e.allow());
        }
        write(response, e.status(), e.type(), e.status().getReasonPhrase(), e.getMessage(), null);
    }

    @ExceptionHandler
    void rulesDown(RulesUnavailableException e, HttpServletResponse response) throws IOException {
        write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                "rules-unavailable",
                "Safety check unavailable",
                "The safety rules are not available right now, so no verdict can be given. "
                        + "Please try again later; until then, don't rely on any earlier answer for a new situation.",
                null);
    }

    @ExceptionHandler
    void unexpected(Exception e, HttpServletResponse response) throws IOException {
        // Only the kind of failure is logged: the request may hold health details.
        log.error("Unexpected failure in the API ({})", e.getClass().getName());
        write(
                response,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on our side; no verdict was given.",
                null);
    }

    private void write(
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            String detail,
            @Nullable List<FieldProblem> errors)
            throws IOException {
        write(response, status, type, title, detail, errors, errors == null ? 0 : errors.size());
    }

    private void write(
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            String detail,
            @Nullable List<FieldProblem> errors,
            int errorCount)
            throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "/problems/" + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (errors != null) {
            body.put("errorCount", errorCount);
            body.put("errors", errors);
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
