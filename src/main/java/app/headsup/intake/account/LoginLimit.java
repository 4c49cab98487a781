package app.headsup.intake.account;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. After {@code max-failures} failed sign-ins for one name within the
 * window, that name cannot sign in until the oldest of them has left the window, even with the right
 * password; after {@code max-failures-per-address} from one client address, that address cannot sign in
 * to any name. Tries made while a name or address is paused are not counted, so nobody can keep a
 * therapist locked out by trying now and then. Names and addresses are kept only as keyed hashes
 * ({@link NameHashes}), and only for as long as the window.
 */
@Service
public class LoginLimit {

    private static final Logger LOG = LoggerFactory.getLogger(LoginLimit.class);

    private final LoginFailureRecords failures;
    private final Clock clock;
    private final SignInSettings settings;
    private final NameHashes hashes;

    LoginLimit(LoginFailureRecords failures, Clock clock, SignInSettings settings, NameHashes hashes) {
        this.hashes = hashes;
        this.failures = failures;
        this.clock = clock;
        this.settings = settings;
    }

    /** A wrong password or an unknown name, from this address. */
    @Transactional
    public void failed(String username, String address) {
        failures.save(new LoginFailure(nameKey(username), addressKey(address), clock.instant()));
    }

    /** A successful sign-in forgets that name's failures. */
    @Transactional
    public void succeeded(String username) {
        failures.deleteByUserKey(nameKey(username));
    }

    @Transactional(readOnly = true)
    public boolean blocked(String username) {
        return failures.countByUserKeyAndFailedAtAfter(nameKey(username), windowStart()) >= settings.maxFailures();
    }

    @Transactional(readOnly = true)
    public boolean addressBlocked(String address) {
        return failures.countByAddressKeyAndFailedAtAfter(addressKey(address), windowStart())
                >= settings.maxFailuresPerAddress();
    }

    /** Failures older than the window count for nothing: forget them, so random names cannot fill the table. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    public int forgetOldFailures() {
        int forgotten = failures.deleteOlderThan(windowStart());
        if (forgotten > 0) {
            LOG.debug("Forgot {} failed sign-in(s) older than {}", forgotten, settings.window());
        }
        return forgotten;
    }

    private Instant windowStart() {
        return clock.instant().minus(settings.window());
    }

    private String nameKey(String username) {
        return hashes.nameKey(username);
    }

    private String addressKey(String address) {
        return hashes.addressKey(address);
    }
}
