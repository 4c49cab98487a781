package app.headsup.intake.record;

import app.headsup.intake.client.RetentionPurge;
import app.headsup.intake.client.RetentionSettings;
import app.headsup.intake.prefill.UnsentAnswersPurge;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The nightly retention job, at {@code headsup.retention.cron}: clients not seen for the retention period
 * are erased, and pre-fill answers that expired unsent are forgotten. One schedule for both.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NightlyRetention implements SchedulingConfigurer {

    private final RetentionSettings settings;
    private final RetentionPurge clients;
    private final UnsentAnswersPurge prefillAnswers;

    NightlyRetention(RetentionSettings settings, RetentionPurge clients, UnsentAnswersPurge prefillAnswers) {
        this.settings = settings;
        this.clients = clients;
        this.prefillAnswers = prefillAnswers;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(
                () -> {
                    clients.purge();
                    prefillAnswers.purge();
                },
                settings.cron());
    }
}
