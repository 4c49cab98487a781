package app.headsup.intake.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without locking anyone out. After {@code max-failures} failed sign-ins for
 * one name within the window, each further try must wait a pause after the last failure ({@code first-pause},
 * 15 s, doubling with every further failure up to {@code longest-pause}, 5 minutes); after
 * {@code max-failures-per-address} from one client address, the same for that address. A try during a pause
 * is refused whatever the password and not counted; after it, the right password signs in, so a guesser gets
 * a dozen tries an hour while the person who knows the password waits minutes at most, never the window.
 * Names and addresses are kept only as keyed hashes ({@link NameHashes}), and only for as long as the window.
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
        failures.save(new LoginFailure(hashes.nameKey(username), hashes.addressKey(address), clock.instant()));
    }

    /** A successful sign-in forgets that name's failures. */
    @Transactional
    public void succeeded(String username) {
        failures.deleteByUserKey(hashes.nameKey(username));
    }

    /** Whether this name must wait before its next try is looked at. */
    @Transactional(readOnly = true)
    public boolean blocked(String username) {
        String key = hashes.nameKey(username);
        return paused(
                failures.countByUserKeyAndFailedAtAfter(key, windowStart()),
                settings.maxFailures(),
                () -> failures.findFirstByUserKeyOrderByFailedAtDesc(key));
    }

    /** Whether this client address must wait before its next try is looked at. */
    @Transactional(readOnly = true)
    public boolean addressBlocked(String address) {
        String key = hashes.addressKey(address);
        return paused(
                failures.countByAddressKeyAndFailedAtAfter(key, windowStart()),
                settings.maxFailuresPerAddress(),
                () -> failures.findFirstByAddressKeyOrderByFailedAtDesc(key));
    }

    /**
     * The pause after the last failure: none below the free tries (the last one is then not even looked up),
     * then first-pause doubled per failure more.
     */
    private boolean paused(long failed, int free, Supplier<Optional<LoginFailure>> lastFailure) {
        if (failed < free) {
            return false;
        }
        var last = lastFailure.get();
        if (last.isEmpty()) {
            return false;
        }
        long doublings = Math.min(failed - free, 30);
        var pause = settings.firstPause().multipliedBy(1L << doublings);
        if (pause.compareTo(settings.longestPause()) > 0) {
            pause = settings.longestPause();
        }
        return clock.instant().isBefore(last.get().failedAt().plus(pause));
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
}
