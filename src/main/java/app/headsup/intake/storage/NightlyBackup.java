package app.headsup.intake.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The nightly backup, at {@code headsup.backup.cron}, when HeadsUp makes the backups itself (an H2 file). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NightlyBackup implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);

    private final Backups backups;

    NightlyBackup(Backups backups) {
        this.backups = backups;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!backups.available()) {
            return;
        }
        tasks.addCronTask(
                () -> {
                    try {
                        backups.backUp("nightly");
                    } catch (RuntimeException e) {
                        // The next night tries again; the admin's page shows the newest backup's date.
                        LOG.error("The nightly backup failed: {}", e.getMessage());
                    }
                },
                backups.settings().cron());
    }
}
