package app.headsup.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a browser is told once its practice sign-in has ended (idle too long, account switched off), so
 * that the open page itself goes to the sign-in page: Vaadin's heartbeat gets "forbidden" and its other
 * requests "session expired", on which the page reloads; a page request is sent to the sign-in page.
 * Redirecting Vaadin's own requests instead would only hand them the sign-in page's HTML, which the
 * page cannot show.
 */
final class SignedOutAnswer {

    private SignedOutAnswer() {}

    /** Vaadin's own requests say what they are in the {@code v-r} parameter. */
    static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getParameter("v-r"))) {
            // Vaadin reads 403 on its heartbeat as "session expired" (not sendError: that goes through the error page).
            case "heartbeat" -> response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            case "uidl" -> {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream()
                        .write(VaadinService.createSessionExpiredJSON(false).getBytes(StandardCharsets.UTF_8));
            }
            default -> response.sendRedirect(request.getContextPath() + "/login");
        }
    }
}
