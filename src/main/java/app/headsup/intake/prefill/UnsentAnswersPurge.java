package app.headsup.intake.prefill;

import app.headsup.intake.storage.DataErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Answers a client began at home but never sent are health data nobody will use: every night
 * ({@code NightlyRetention}), the answers of links that expired unsent are forgotten. The link stays, as "expired", for the record.
 */
@Component
public class UnsentAnswersPurge {

    private static final Logger LOG = LoggerFactory.getLogger(UnsentAnswersPurge.class);

    private final PrefillLinks links;
    private final ApplicationEventPublisher events;

    UnsentAnswersPurge(PrefillLinks links, ApplicationEventPublisher events) {
        this.links = links;
        this.events = events;
    }

    public int purge() {
        int forgotten = links.forgetUnsentAnswers();
        if (forgotten > 0) {
            LOG.info("Retention: forgot the answers of {} pre-fill link(s) that expired unsent", forgotten);
            events.publishEvent(new DataErased());
        }
        return forgotten;
    }
}
