package app.headsup.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The bound on sessions, in front of everything that could start one (Spring Security, Vaadin): one object
 * that counts sessions as they start and end, and refuses a new one past the limits. And the security
 * headers on the error pages of requests that Tomcat refused itself.
 */
@Configuration
class TrafficBounds {

    @Bean
    SessionBound sessionBound(
            SessionSettings settings,
            @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
            Clock clock) {
        return new SessionBound(settings, (int) sessionTimeout.toSeconds(), clock);
    }

    @Bean
    FilterRegistrationBean<SessionBound> sessionBoundFilter(SessionBound bound) {
        var registration = new FilterRegistrationBean<>(bound);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    ServletListenerRegistrationBean<SessionBound> sessionBoundListener(SessionBound bound) {
        return new ServletListenerRegistrationBean<>(bound);
    }

    /** Error pages only: the headers a refused request (TRACE) would otherwise go without. */
    @Bean
    FilterRegistrationBean<ErrorPageHeaders> errorPageHeaders() {
        var registration = new FilterRegistrationBean<>(new ErrorPageHeaders());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
