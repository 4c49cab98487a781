package app.headsup.intake.storage;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Backups of the H2 database ({@code headsup.backup.*}).
 *
 * @param cron   when the nightly backup runs (default 04:00, after the retention job at 03:30, so that what it
 *               erased is not backed up again)
 * @param keep   how long a backup is kept (default 14 days); the newest is never deleted
 * @param folder where backups go; by default {@code backups} in the database's folder ({@code ./data/backups})
 */
@ConfigurationProperties("headsup.backup")
public record BackupSettings(
        @DefaultValue("0 0 4 * * *") String cron,
        @DefaultValue("P14D") Period keep,
        @Nullable Path folder) {

    private static final Pattern DAILY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\*");

    public BackupSettings {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("headsup.backup.cron is not a cron expression: " + cron);
        }
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("headsup.backup.keep must be longer than zero");
        }
    }

    /** The time of day of a once-a-day schedule, to say it in words; empty for any other schedule. */
    public Optional<LocalTime> dailyAt() {
        var daily = DAILY.matcher(cron);
        return daily.matches()
                ? Optional.of(LocalTime.of(Integer.parseInt(daily.group(2)), Integer.parseInt(daily.group(1))))
                : Optional.empty();
    }
}
