package app.headsup.intake.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.headsup.intake.Sha256;

/**
 * Slows down password guessing: after {@code headsup.login.max-failures} failed sign-ins for one
 * name within {@code headsup.login.window}, that name cannot sign in until the window has passed,
 * even with the right password. Names are kept only as hashes.
 */
@Service
public class LoginLimit {

    private final LoginFailureRecords failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginLimit(LoginFailureRecords failures, Clock clock, @Value("${headsup.login.max-failures:5}") int maxFailures,
            @Value("${headsup.login.window:PT15M}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Transactional
    public void failed(String username) {
        failures.save(new LoginFailure(key(username), clock.instant()));
    }

    /** A successful sign-in forgets that name's failures (and anyone's that are out of the window). */
    @Transactional
    public void succeeded(String username) {
        failures.deleteByUserKeyOrOlderThan(key(username), clock.instant().minus(window));
    }

    @Transactional(readOnly = true)
    public boolean blocked(String username) {
        return failures.countByUserKeyAndFailedAtAfter(key(username), clock.instant().minus(window)) >= maxFailures;
    }

    private static String key(String username) {
        return Sha256.hex(username.strip().toLowerCase(Locale.ROOT));
    }
}
