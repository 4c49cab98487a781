package app.headsup.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the practice names itself where a client reads it ({@code headsup.practice.name}): on the printed
 * record, and in the e-mails to come. Empty leaves it out.
 */
@ConfigurationProperties("headsup.practice")
public record PracticeProfile(@DefaultValue("") String name) {

    public PracticeProfile {
        name = name.strip();
        if (name.length() > 120) {
            throw new IllegalArgumentException("headsup.practice.name fits in 120 characters");
        }
    }
}
