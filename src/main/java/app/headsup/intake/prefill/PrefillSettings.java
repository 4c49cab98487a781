package app.headsup.intake.prefill;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a pre-fill link works if it is not sent back before ({@code headsup.prefill.valid-for}, 7 days). */
@ConfigurationProperties("headsup.prefill")
public record PrefillSettings(@DefaultValue("P7D") Duration validFor) {

    public PrefillSettings {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("headsup.prefill.valid-for must be longer than zero");
        }
    }
}
