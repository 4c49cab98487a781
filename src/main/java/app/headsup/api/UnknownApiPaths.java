package app.headsup.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Any other path under {@code /api/} or {@code /actuator/}: a 404 problem, or a 405 naming the methods
 * when the path exists for another method. Without this, the Vaadin app, which serves every other path,
 * answered with a page and 200.
 */
@RestController
class UnknownApiPaths {

    private final RequestMappingHandlerMapping mappings;
    private volatile Map<PathPattern, Set<String>> apiPaths;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping({"/api/**", "/actuator/**"})
    void unknown(HttpServletRequest request) {
        var path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        var allowed = apiPaths().entrySet().stream()
                .filter(known -> known.getKey().matches(path))
                .flatMap(known -> known.getValue().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!allowed.isEmpty()) {
            throw ApiException.methodNotAllowed(request.getMethod(), allowed);
        }
        throw ApiException.notFound();
    }

    /** The API's own paths and their methods, read once from Spring's mappings (this catch-all left out). */
    private Map<PathPattern, Set<String>> apiPaths() {
        var known = apiPaths;
        if (known == null) {
            known = new LinkedHashMap<>();
            for (var mapping : mappings.getHandlerMethods().entrySet()) {
                if (mapping.getValue().getBeanType() == UnknownApiPaths.class
                        || mapping.getKey().getPathPatternsCondition() == null) {
                    continue;
                }
                for (var pattern : mapping.getKey().getPathPatternsCondition().getPatterns()) {
                    if (pattern.getPatternString().startsWith("/api/")) {
                        var methods = known.computeIfAbsent(pattern, p -> new TreeSet<>());
                        mapping.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                    }
                }
            }
            apiPaths = known;
        }
        return known;
    }
}
