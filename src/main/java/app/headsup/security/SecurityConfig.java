package app.headsup.security;

import app.headsup.ui.practice.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Three doors. The screening API is public, stateless and holds nothing about anyone, so it has its
 * own chain without sessions or CSRF tokens. The health endpoint is public too, but reads an existing
 * session, so that a signed-in admin sees its details. Everything else is the Vaadin app: its public
 * pages say {@code @AnonymousAllowed}; the practice pages need a sign-in with the right role.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Vaadin's pages need inline styles, its bootstrap scripts (allowed by hash, {@link InlineScripts}) and the
     * client's evaluated calls (executeJs); nothing is loaded from elsewhere, no page may be framed, and forms
     * only post back here.
     */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(Stream.empty());

    /** The policy, with the hashes of more inline scripts allowed (development mode's, {@link DevelopmentInlineScripts}). */
    static String contentSecurityPolicy(Stream<String> moreScriptHashes) {
        return "default-src 'self'; script-src " + InlineScripts.sources(moreScriptHashes)
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), interest-cohort=()";

    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return withHeaders(http).build();
    }

    /** Never creates a session; an admin's existing one unlocks the details (management.endpoint.health.roles). */
    @Bean
    @Order(2)
    SecurityFilterChain health(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable());
        return withHeaders(http).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain app(
            HttpSecurity http,
            RequestUtil vaadinRequests,
            SessionRegistry sessions,
            PracticeSettings practice,
            Clock clock)
            throws Exception {
        // The app's own stylesheet, pictures and the files every browser asks for are public, like Vaadin's bundle.
        // The error page too: Tomcat answers TRACE itself with 405 and then shows it, which otherwise went
        // through the sign-in and came out as a redirect to /login, with none of the headers (ErrorPageHeaders).
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**", "/images/**", "/favicon.ico", "/favicon.svg", "/robots.txt", "/error")
                .permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token; every other POST, the sign-in included, needs
        // Spring's (the login page puts it in the form), so no other site can sign a browser in.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Switching an account off expires its sessions (AccountSessions); the next request signs it out.
        http.sessionManagement(session ->
                session.maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(new SignedOutElsewhere()));
        http.addFilterAfter(new PracticeIdleTimeout(practice.idleTimeout(), clock), ConcurrentSessionFilter.class);
        return withHeaders(http)
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class, "/login")
                                .defaultSuccessUrl("/practice")
                                .enableCsrfConfiguration(false))
                .build();
    }

    /**
     * The same headers on every response, written before the body: written at commit, as by default, they
     * never reached Vaadin's pages. A pre-fill link carries its token in the path, so no Referer leaves.
     */
    private static HttpSecurity withHeaders(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt by default, with the algorithm stored beside each hash so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
