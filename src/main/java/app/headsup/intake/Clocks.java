package app.headsup.intake;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for everything stored, so tests can move time (retention, expiry, login limits). */
@Configuration(proxyBeanMethods = false)
class Clocks {

    /** Ticks in microseconds: what H2 and PostgreSQL store, so a time read back equals the time written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
