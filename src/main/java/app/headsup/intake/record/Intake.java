package app.headsup.intake.record;

import app.headsup.screening.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One signed intake: what was asked, what HeadsUp answered and under which rule-set version, and the
 * client's confirmation. Immutable once written (Hibernate never updates it); a correction is a new
 * intake that {@link #correctsId() points at} this one.
 */
@Entity
@Immutable
public class Intake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;
    private Long therapistId;
    private @Nullable Long correctsId;
    private String submissionKey;
    private String requestJson;
    private String resultJson;
    private String ruleSetVersion;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String confirmedName;
    private Instant confirmedAt;
    private boolean storageConsent;

    protected Intake() {}

    Intake(
            long clientId,
            long therapistId,
            @Nullable Long correctsId,
            String submissionKey,
            String requestJson,
            String resultJson,
            String ruleSetVersion,
            Verdict verdict,
            String confirmedName,
            Instant confirmedAt) {
        this.clientId = clientId;
        this.therapistId = therapistId;
        this.correctsId = correctsId;
        this.submissionKey = submissionKey;
        this.requestJson = requestJson;
        this.resultJson = resultJson;
        this.ruleSetVersion = ruleSetVersion;
        this.verdict = verdict;
        this.confirmedName = confirmedName;
        this.confirmedAt = confirmedAt;
        this.storageConsent = true;
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public long therapistId() {
        return therapistId;
    }

    public @Nullable Long correctsId() {
        return correctsId;
    }

    String submissionKey() {
        return submissionKey;
    }

    String requestJson() {
        return requestJson;
    }

    String resultJson() {
        return resultJson;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String confirmedName() {
        return confirmedName;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public boolean storageConsent() {
        return storageConsent;
    }
}
