package app.headsup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a therapist out after {@code headsup.practice.idle-timeout} without a user action, even with the
 * tab open: Vaadin's heartbeat keeps the HTTP session alive, so the servlet container's own timeout never
 * bites while a page is open. Heartbeats are not actions. The next request after the limit (the
 * heartbeat, at the latest) ends the session, and the page goes to the sign-in page ({@link SignedOutAnswer}).
 */
class PracticeIdleTimeout extends OncePerRequestFilter {

    static final String LAST_ACTION = PracticeIdleTimeout.class.getName() + ".lastAction";

    private final Duration idleTimeout;
    private final Clock clock;

    PracticeIdleTimeout(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Instant now = clock.instant();
            var lastAction = (Instant) session.getAttribute(LAST_ACTION);
            if (lastAction != null && Duration.between(lastAction, now).compareTo(idleTimeout) > 0) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                SignedOutAnswer.send(request, response);
                return;
            } else if (lastAction == null || !isHeartbeat(request)) {
                session.setAttribute(LAST_ACTION, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
