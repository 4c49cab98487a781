package app.headsup.intake.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins ({@code headsup.login.*}): per name and per client address, within one window.
 *
 * @param maxFailures           failed sign-ins for one name before it is paused
 * @param maxFailuresPerAddress failed sign-ins from one client address before it is paused
 * @param window                how long failures count, and so how long a pause lasts
 */
@ConfigurationProperties("headsup.login")
public record SignInSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("PT15M") Duration window) {

    public SignInSettings {
        if (maxFailures < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("headsup.login: max-failures and max-failures-per-address must be "
                    + "at least 1, and window longer than zero");
        }
    }
}
