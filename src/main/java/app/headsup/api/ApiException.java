package app.headsup.api;

import org.springframework.http.HttpStatus;

/** A request refused before it is read: too large, not JSON, or asking for a format we don't write. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    private ApiException(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    static ApiException payloadTooLarge(int limit) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "The body is larger than " + limit + " bytes.");
    }

    static ApiException unsupportedMediaType(String contentType) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "The body must be application/json, not " + contentType + ".");
    }

    static ApiException notAcceptable(String accept) {
        return new ApiException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "This API answers in application/json (errors in application/problem+json), which '" + accept
                        + "' does not accept.");
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }
}
