package app.headsup.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in practice session may sit without a user action before it is signed out
 * ({@code headsup.practice.idle-timeout}, default 30 minutes).
 */
@ConfigurationProperties("headsup.practice")
record PracticeSettings(@DefaultValue("PT30M") Duration idleTimeout) {

    PracticeSettings {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("headsup.practice.idle-timeout must be longer than zero");
        }
    }
}
