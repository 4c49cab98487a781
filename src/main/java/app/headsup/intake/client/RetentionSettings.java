package app.headsup.intake.client;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * How long health records are kept ({@code headsup.retention.*}).
 *
 * @param afterLastVisit clients not seen for this long are erased with their intakes (default 7 years)
 * @param cron           when the nightly retention job runs (default 03:30 every night)
 */
@ConfigurationProperties("headsup.retention")
public record RetentionSettings(
        @DefaultValue("P7Y") Period afterLastVisit,
        @DefaultValue("0 30 3 * * *") String cron) {

    public RetentionSettings {
        if (afterLastVisit.isNegative() || afterLastVisit.isZero()) {
            throw new IllegalArgumentException("headsup.retention.after-last-visit must be longer than zero");
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("headsup.retention.cron is not a cron expression: " + cron);
        }
    }
}
