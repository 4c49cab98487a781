package app.headsup.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Files whose address changes with their content are cached for a year: Vaadin's bundle under
 * {@code /VAADIN/build/} (each name carries a content hash) and stylesheets asked for with a {@code v-c}
 * content version. Vaadin gives them an hour and Spring Security a {@code Pragma: no-cache}, so a phone
 * fetched 660 KB again on every visit after an hour. Everything else keeps the headers it had.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LongCacheForVersionedFiles extends OncePerRequestFilter {

    static final String A_YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isVersioned(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", A_YEAR);
        chain.doFilter(request, new YearLong(response));
    }

    static boolean isVersioned(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        boolean asksForAFile = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return asksForAFile
                && (path.startsWith("/VAADIN/build/") || query != null && query.matches("(.*&)?v-c=[^&]+(&.*)?"));
    }

    /** Keeps the year-long caching whatever Vaadin or Spring Security write later. */
    private static final class YearLong extends HttpServletResponseWrapper {

        YearLong(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean isCaching(String name) {
            return name.equalsIgnoreCase("Cache-Control")
                    || name.equalsIgnoreCase("Pragma")
                    || name.equalsIgnoreCase("Expires");
        }
    }
}
