package app.headsup.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body as a JSON tree, cheaply refusing what is too large, not JSON, too deep or
 * ambiguous (duplicate keys) before anything looks at its content.
 */
final class JsonBody {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_DEPTH = 16;

    private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_BYTES)
                            .maxNumberLength(32)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {}

    static void requireJson(@Nullable String contentType) {
        if (contentType == null) {
            throw ApiException.unsupportedMediaType("a body without a Content-Type");
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
                throw ApiException.unsupportedMediaType(type.getType() + "/" + type.getSubtype());
            }
            String charset = type.getParameter("charset");
            if (charset != null
                    && !charset.replace("\"", "").toUpperCase(Locale.ROOT).equals("UTF-8")) {
                throw ApiException.unsupportedMediaType("application/json in " + charset + " (UTF-8 only)");
            }
        } catch (InvalidMediaTypeException e) {
            throw ApiException.unsupportedMediaType("an unreadable Content-Type");
        }
    }

    /** Reads at most {@link #MAX_BYTES}; one byte more is a 413, whatever Content-Length said. */
    static byte[] read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > MAX_BYTES) {
            throw ApiException.payloadTooLarge(MAX_BYTES);
        }
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw ApiException.payloadTooLarge(MAX_BYTES);
        }
        return body;
    }

    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new InvalidRequestException("$", "The body is empty; send a JSON object.");
        }
        try {
            JsonNode tree = STRICT.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidRequestException("$", "The body holds no JSON value.");
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException("$", "The body is nested too deeply or holds a value too long.");
        } catch (JacksonException e) {
            throw new InvalidRequestException(
                    "$", "The body is not valid JSON: " + e.getOriginalMessage() + location(e));
        }
    }

    private static String location(JacksonException e) {
        var at = e.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
