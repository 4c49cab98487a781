package app.headsup.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Actuator answers a path it knows but will not show (the database's health, to a stranger) with a bare 404
 * and no body; every other unknown path under {@code /actuator/} is a problem ({@link UnknownApiPaths}). This
 * gives the bare one the same problem body, so nothing tells the two apart.
 */
@Component
class EmptyNotFoundAsProblem extends OncePerRequestFilter {

    static final String BODY = "{\"type\":\"/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"There is nothing at this path. The API is described at /api/v1/openapi.json.\"}";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == HttpServletResponse.SC_NOT_FOUND && answer.getContentSize() == 0) {
            answer.setContentType("application/problem+json");
            answer.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
        }
        answer.copyBodyToResponse();
    }
}
