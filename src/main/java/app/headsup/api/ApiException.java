package app.headsup.api;

import java.util.Collection;
import org.springframework.http.HttpStatus;

/** A request refused before it is read: too large, not JSON, or asking for a format we don't write. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String allow;

    private ApiException(HttpStatus status, String type, String detail) {
        this(status, type, detail, "");
    }

    private ApiException(HttpStatus status, String type, String detail, String allow) {
        super(detail);
        this.status = status;
        this.type = type;
        this.allow = allow;
    }

    static ApiException payloadTooLarge(int limit) {
        return new ApiException(
                HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The body is larger than " + limit + " bytes.");
    }

    static ApiException unsupportedMediaType(String contentType) {
        return new ApiException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "The body must be application/json, not " + contentType + ".");
    }

    static ApiException notAcceptable(String accept) {
        return new ApiException(
                HttpStatus.NOT_ACCEPTABLE,
                "not-acceptable",
                "This API answers in application/json (errors in application/problem+json), which '" + accept
                        + "' does not accept.");
    }

    static ApiException notFound() {
        return new ApiException(
                HttpStatus.NOT_FOUND,
                "not-found",
                "There is nothing at this path. The API is " + "described at /api/v1/openapi.json.");
    }

    static ApiException methodNotAllowed(String method, Collection<String> allowed) {
        return new ApiException(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed",
                method + " is not allowed here; use " + String.join(" or ", allowed) + ".",
                String.join(", ", allowed));
    }

    /** The methods the path allows, for the Allow header of a 405; empty otherwise. */
    public String allow() {
        return allow;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }
}
