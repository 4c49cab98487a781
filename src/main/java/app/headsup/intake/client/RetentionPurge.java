package app.headsup.intake.client;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Health records are kept only as long as needed: clients not seen for {@code headsup.retention.after-last-visit}
 * (default 7 years) are erased with all their intakes, every night ({@code NightlyRetention}).
 */
@Component
public class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final Clients clients;
    private final Clock clock;
    private final Period retention;

    RetentionPurge(Clients clients, Clock clock, RetentionSettings settings) {
        this.clients = clients;
        this.clock = clock;
        this.retention = settings.afterLastVisit();
    }

    public int purge() {
        var since = clock.instant().atZone(ZoneOffset.UTC).minus(retention).toInstant();
        int erased = clients.purgeNotSeenSince(since);
        if (erased > 0) {
            LOG.info("Retention: erased {} client record(s) not seen for {}", erased, retention);
        }
        return erased;
    }
}
