package app.headsup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bound on sessions. A new session lives {@code until-returned} (a minute) until its browser comes back
 * with the cookie, as every real page does at once, and only then the full session time; at most {@code max}
 * sessions live at once, and one client address starts at most {@code new-per-address} a minute. A request
 * that would start one beyond that gets 503 with Retry-After, and the pages of everyone who has a session go
 * on. The stateless API and static files never start a session and are not counted.
 */
class SessionBound extends OncePerRequestFilter implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionBound.class);
    private static final String RETURNED = SessionBound.class.getName() + ".returned";
    /** Past this many addresses in one minute, the counting map itself would grow without bound: busy. */
    private static final int MAX_ADDRESSES_PER_MINUTE = 50_000;

    private final SessionSettings settings;
    private final int fullTimeoutSeconds;
    private final Clock clock;
    private final AtomicInteger live = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> startedThisMinute = new ConcurrentHashMap<>();
    private volatile long minute;

    SessionBound(SessionSettings settings, int fullTimeoutSeconds, Clock clock) {
        this.settings = settings;
        this.fullTimeoutSeconds = fullTimeoutSeconds;
        this.clock = clock;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.incrementAndGet();
        event.getSession().setMaxInactiveInterval((int) settings.untilReturned().toSeconds());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.decrementAndGet();
    }

    int live() {
        return live.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.startsWith("/actuator/")
                || path.startsWith("/VAADIN/")
                || path.startsWith("/lumo/")
                || path.startsWith("/styles/")
                || path.startsWith("/images/")
                || path.startsWith("/favicon")
                || path.equals("/robots.txt");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(RETURNED) == null && !session.isNew()) {
                // The browser came back with the cookie: a real page, which gets the full session time.
                session.setAttribute(RETURNED, Boolean.TRUE);
                session.setMaxInactiveInterval(fullTimeoutSeconds);
            }
        } else if (!mayStartOne(request.getRemoteAddr())) {
            log.warn("Refused a new session: {} live, or too many new ones from one address this minute", live.get());
            // Written here, not by sendError: the error page would start the very session that was refused.
            response.setHeader("Retry-After", "30");
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("HeadsUp is busy: please try again in a minute.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts a request without a session against the limits (it may start one). */
    private boolean mayStartOne(String address) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            minute = now;
            startedThisMinute.clear();
        }
        if (live.get() >= settings.max() || startedThisMinute.size() >= MAX_ADDRESSES_PER_MINUTE) {
            return false;
        }
        return startedThisMinute
                        .computeIfAbsent(address, a -> new AtomicInteger())
                        .incrementAndGet()
                <= settings.newPerAddress();
    }
}
