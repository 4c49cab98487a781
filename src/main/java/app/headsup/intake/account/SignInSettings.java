package app.headsup.intake.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins ({@code headsup.login.*}): per name and per client address, within one window.
 *
 * @param maxFailures           failed sign-ins for one name before each further try must wait
 * @param maxFailuresPerAddress failed sign-ins from one client address before each further try must wait
 * @param window                how long a failure counts
 * @param firstPause            the wait after the last free try; it doubles with every further failure
 * @param longestPause          the longest wait, however many failures: the right password always gets in
 *                              after it, so nobody can keep a therapist out by guessing
 */
@ConfigurationProperties("headsup.login")
public record SignInSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("PT15M") Duration window,
        @DefaultValue("PT15S") Duration firstPause,
        @DefaultValue("PT5M") Duration longestPause) {

    public SignInSettings {
        if (maxFailures < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("headsup.login: max-failures and max-failures-per-address must be "
                    + "at least 1, and window longer than zero");
        }
        if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException(
                    "headsup.login: first-pause must be longer than zero and longest-pause at least as long");
        }
    }
}
