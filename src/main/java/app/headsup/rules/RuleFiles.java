package app.headsup.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The text files of one rule folder, keyed by their path inside it, sorted, with LF line endings:
 * the exact input of both the compiler and the rule-set hash.
 *
 * @param origin where the files were read from, for messages
 */
public record RuleFiles(String origin, Map<String, String> files) {

    public static final String CLASSPATH_FOLDER = "rules";

    public RuleFiles {
        var normalised = new TreeMap<String, String>();
        files.forEach((path, content) -> normalised.put(path, lf(content)));
        files = Collections.unmodifiableSortedMap(normalised);
    }

    /** The rule folder {@code rules/} packaged into the application. */
    public static RuleFiles fromClasspath() {
        var resolver = new PathMatchingResourcePatternResolver(RuleFiles.class.getClassLoader());
        var files = new TreeMap<String, String>();
        try {
            for (Resource resource : resolver.getResources("classpath:" + CLASSPATH_FOLDER + "/**")) {
                String url = URLDecoder.decode(resource.getURL().toString(), StandardCharsets.UTF_8);
                int at = url.lastIndexOf("/" + CLASSPATH_FOLDER + "/");
                if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
                    continue;
                }
                String path = url.substring(at + CLASSPATH_FOLDER.length() + 2);
                try (var in = resource.getInputStream()) {
                    files.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RuleSetException("cannot read the packaged rules: " + e.getMessage(), e);
        }
        return new RuleFiles("classpath:" + CLASSPATH_FOLDER, files);
    }

    /** A rule folder on disk, e.g. the one {@code headsup.rules.dir} names. */
    public static RuleFiles fromDirectory(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException("the rule folder " + folder + " does not exist");
        }
        var files = new TreeMap<String, String>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                files.put(path, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RuleSetException("cannot read the rule folder " + folder + ": " + e.getMessage(), e);
        }
        return new RuleFiles(folder.toString(), files);
    }

    /** The first 7 hex digits of SHA-256 over every file's path and content, in path order. */
    public String hash() {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 7);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Top-level files whose name ends with the suffix, keyed by name. */
    public Map<String, String> withSuffix(String suffix) {
        var selected = new TreeMap<String, String>();
        files.forEach((path, content) -> {
            if (path.endsWith(suffix)) {
                selected.put(path, content);
            }
        });
        return selected;
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
