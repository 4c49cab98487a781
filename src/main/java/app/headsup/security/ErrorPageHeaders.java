package app.headsup.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on an error page that Tomcat shows for a request it refused itself (TRACE, a malformed
 * request line): such a request never passed Spring Security's header writer, which skips error pages.
 */
class ErrorPageHeaders extends OncePerRequestFilter {

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY,
            "Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Cache-Control", "no-store");

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HEADERS.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
        chain.doFilter(request, response);
    }
}
