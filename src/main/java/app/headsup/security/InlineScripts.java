package app.headsup.security;

import app.headsup.ui.questionnaire.StepsInHistory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inline scripts a page may run, each allowed by its SHA-256 hash (CSP level 2) instead of
 * {@code 'unsafe-inline'}, so that a script injected into a page does not run. Vaadin's production page
 * carries four, the same on every page (measured on the production build, and with
 * {@code InlineScriptsHttpTest}, which fails with the new hash when an upgrade of Vaadin changes one); the fifth
 * is our own, hashed from its text. In development mode Vaadin adds three more, one of them with the JDK's
 * version in it: {@link DevelopmentInlineScripts} allows those on the page they are on, development only.
 */
final class InlineScripts {

    /** Vaadin 25.2's, in the order of the page. */
    private static final List<String> VAADIN = List.of(
            // the old-browser check (no popover support: Vaadin's "unsupported browser" page)
            "1gqGE7B/UYTDy5TnrqbzbfyALBKnwBym4JXLgM0b7xg=",
            // window.Vaadin.TypeScript = {}
            "C1UGzXT2eXIEEjCCnproCD0qCz92JQ6NkFY418AY26E=",
            // the CSRF token copied into posted forms (Vaadin's Spring Security integration)
            "zlrHd8+UaKwqBZqO4unUzbZlNEL1g16tkFd/dtq8VQ8=",
            // window.JSCompiler_renameProperty
            "JBodGcQ4UAlJkxJCAWJ4UxxUrxMW+ZF7xA2+Of65RkI=");

    private InlineScripts() {}

    /** The {@code script-src} sources: own origin, the hashes, and evaluation, which Vaadin's executeJs needs. */
    static String sources(Stream<String> moreHashes) {
        return Stream.of(VAADIN.stream(), Stream.of(sha256(StepsInHistory.HISTORY_GATE)), moreHashes)
                .flatMap(hashes -> hashes)
                .map(hash -> "'sha256-" + hash + "'")
                .collect(Collectors.joining(" ", "'self' ", " 'unsafe-eval'"));
    }

    static String sha256(String script) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
