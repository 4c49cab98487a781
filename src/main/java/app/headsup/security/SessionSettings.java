package app.headsup.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sessions (each an open page, 10 to 100 KB of server memory) the app keeps, so that traffic that
 * never comes back cannot fill the heap ({@code headsup.sessions.*}).
 *
 * @param max                live sessions at most; a visitor without one is asked to try again shortly
 * @param newPerAddress      sessions one client address may start per minute (one person opens a few)
 * @param untilReturned      how long a new session lives before its browser comes back with the cookie
 *                           (a page does so within a second; a script that drops cookies never does)
 */
@ConfigurationProperties("headsup.sessions")
record SessionSettings(
        @DefaultValue("2000") int max,
        @DefaultValue("30") int newPerAddress,
        @DefaultValue("PT1M") Duration untilReturned) {

    SessionSettings {
        if (max < 1 || newPerAddress < 1) {
            throw new IllegalArgumentException("headsup.sessions.max and new-per-address must be at least 1");
        }
        if (untilReturned.isNegative() || untilReturned.isZero()) {
            throw new IllegalArgumentException("headsup.sessions.until-returned must be longer than zero");
        }
    }
}
