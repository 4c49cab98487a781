package app.headsup.intake;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the nightly retention purge. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
