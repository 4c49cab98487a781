package app.headsup;

import app.headsup.intake.storage.Restore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HeadsUpApplication {

    /** Starts the app; {@code restore FILE} reads a backup into a fresh database instead ({@link Restore}). */
    public static void main(String[] args) {
        if (Restore.isAsked(args)) {
            System.exit(Restore.run(args, System.out));
        }
        SpringApplication.run(HeadsUpApplication.class, args);
    }
}
