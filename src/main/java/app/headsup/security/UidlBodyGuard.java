package app.headsup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page may send to Vaadin's UIDL endpoint, checked before Vaadin reads it: at most
 * {@value #MAX_BYTES} bytes (a real page sends a few hundred; the longest note is 4,000 characters), and
 * JSON. Vaadin would read up to 10 MB into one string and log a long stack trace for anything that is not
 * JSON, so one anonymous request could fill the heap or the log. A refused request gets 413 or 400 and
 * one log line without a stack trace; an accepted one goes on with its body as read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UidlBodyGuard extends OncePerRequestFilter {

    /** Also Vaadin's own bound ({@code vaadin.maxRequestBodySize}, in characters), should this filter be missed. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(UidlBodyGuard.class);

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !"POST".equals(request.getMethod()) || query == null || !query.contains("v-r=uidl");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "larger than " + MAX_BYTES + " bytes");
            return;
        }
        byte[] body = readAtMost(request, MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "larger than " + MAX_BYTES + " bytes");
            return;
        }
        try {
            json.readTree(body);
        } catch (JacksonException notJson) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "not JSON");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static byte[] readAtMost(HttpServletRequest request, int limit) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (var in = request.getInputStream()) {
            int read;
            while (out.size() < limit && (read = in.read(chunk, 0, Math.min(chunk.length, limit - out.size()))) != -1) {
                out.write(chunk, 0, read);
            }
        }
        return out.toByteArray();
    }

    /** One line, no stack, nothing of the body: the log shows that it happened and why. */
    private static void refuse(HttpServletResponse response, int status, String why) throws IOException {
        log.warn("Refused a request to the UI endpoint: {} ({})", why, status);
        // The rest of an oversized body is not read: Tomcat closes the connection after server.tomcat.max-swallow-size.
        // The answer is written here, not by sendError: the error page would be one more request through the app.
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(status == HttpServletResponse.SC_BAD_REQUEST ? "Not JSON." : "Too large.");
    }

    /** The request with its body already read, for Vaadin to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
