package app.headsup.intake.prefill;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A link a therapist sent to one client. Holds the hash of its token, never the token, and the
 * client's answers so far. The version makes "complete" happen once, whichever instance gets it.
 */
@Entity
public class PrefillLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;
    private Long therapistId;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant openedAt;
    private @Nullable Instant completedAt;
    private @Nullable Instant revokedAt;
    private @Nullable String draftJson;
    private @Nullable Long signedIntakeId;
    private @Nullable Instant signedAt;

    @Version
    private long version;

    protected PrefillLink() {}

    PrefillLink(long clientId, long therapistId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.clientId = clientId;
        this.therapistId = therapistId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant openedAt() {
        return openedAt;
    }

    public @Nullable Instant completedAt() {
        return completedAt;
    }

    @Nullable String draftJson() {
        return draftJson;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    /** The intake the client signed from these answers, or null while they wait for review. */
    public @Nullable Long signedIntakeId() {
        return signedIntakeId;
    }

    public @Nullable Instant signedAt() {
        return signedAt;
    }

    /** Completed wins over expired: answers sent in time stay reviewable after the link's time is up. */
    public PrefillState stateAt(Instant now) {
        if (completedAt != null) {
            return PrefillState.COMPLETED;
        }
        if (revokedAt != null) {
            return PrefillState.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return PrefillState.EXPIRED;
        }
        return openedAt == null ? PrefillState.CREATED : PrefillState.OPENED;
    }

    /** Whether the client can still open it and answer. */
    boolean isOpenAt(Instant now) {
        var state = stateAt(now);
        return state == PrefillState.CREATED || state == PrefillState.OPENED;
    }

    /** The link stops working; answers saved so far are forgotten with it. */
    void revoke(Instant at) {
        revokedAt = at;
        draftJson = null;
    }

    void opened(Instant at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    void saveDraft(@Nullable String json) {
        draftJson = json;
    }

    void complete(String json, Instant at) {
        draftJson = json;
        completedAt = at;
    }

    void signedAs(long intakeId, Instant at) {
        signedIntakeId = intakeId;
        signedAt = at;
    }
}
