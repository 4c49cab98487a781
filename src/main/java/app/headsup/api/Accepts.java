package app.headsup.api;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Whether a client's Accept header lets us answer with JSON or problem+json. */
final class Accepts {

    private Accepts() {}

    static void requireJson(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getQualityValue() > 0
                        && (type.includes(MediaType.APPLICATION_JSON)
                                || type.includes(MediaType.APPLICATION_PROBLEM_JSON))) {
                    return;
                }
            }
        } catch (InvalidMediaTypeException e) {
            return; // an unreadable Accept header is treated as none: JSON it is
        }
        throw ApiException.notAcceptable(accept.length() > 100 ? accept.substring(0, 100) + "…" : accept);
    }
}
