package app.headsup.intake.prefill;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address clients reach HeadsUp at, for the links sent to them: {@code headsup.public-url}
 * (HEADSUP_PUBLIC_URL, e.g. https://practice.example.org), never the Host or X-Forwarded-Host of a request,
 * which anyone can write. Without one, the app's own port on localhost, which suits a trial on one machine.
 */
@Component
public class PublicUrl {

    private final String configured;
    private final Environment environment;

    PublicUrl(@Value("${headsup.public-url:}") String configured, Environment environment) {
        this.configured = configured.isBlank() ? "" : checked(configured.strip());
        this.environment = environment;
    }

    /** The pre-fill page of this token, as the client opens it. */
    public String prefillLink(String token) {
        return base() + "/prefill/" + token;
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        return "http://localhost:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    static String checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("headsup.public-url is not a URL: " + url);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "headsup.public-url must be an http(s) address without query or fragment, e.g. https://practice.example.org");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
