package app.headsup.intake.prefill;

import app.headsup.intake.Sha256;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Therapist;
import app.headsup.intake.audit.AuditLog;
import app.headsup.intake.client.Clients;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes, opens and completes pre-fill links. The token is shown to the therapist once, when the link
 * is made; only its SHA-256 is stored, so neither the database nor the audit log can open a link.
 * Everything lives in the database, so any instance of the app can serve any step of a link.
 */
@Service
public class PrefillLinks {

    private static final String TOKEN_SHAPE = "[A-Za-z0-9_-]{43}";
    private static final String CLIENT = "client (pre-fill link)";

    private final PrefillLinkRecords records;
    private final Clients clients;
    private final Accounts accounts;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration validFor;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    PrefillLinks(
            PrefillLinkRecords records,
            Clients clients,
            Accounts accounts,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            PrefillSettings settings,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.clients = clients;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.validFor = settings.validFor();
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A new link for one of this therapist's clients, with its token: the only time the token exists. A
     * client has at most one open link: making a new one revokes the one before.
     */
    @Transactional
    public NewLink create(Therapist therapist, long clientId) {
        var client = clients.find(therapist, clientId).orElseThrow(() -> new PrefillException("No such client."));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var now = clock.instant();
        for (var older : records.findByClientIdAndTherapistIdOrderByCreatedAtDesc(client.id(), therapist.id())) {
            if (older.isOpenAt(now)) {
                revoke(therapist, older, now);
            }
        }
        var link =
                records.save(new PrefillLink(client.id(), therapist.id(), Sha256.hex(token), now, now.plus(validFor)));
        audit.record(therapist.username(), "PREFILL_LINK_CREATED", "prefill link " + link.id());
        return new NewLink(link, token);
    }

    /** The therapist takes a link back: it opens nothing from now on, like a link that never existed. */
    @Transactional
    public void revoke(Therapist therapist, long linkId) {
        var link = records.findByIdAndTherapistId(linkId, therapist.id())
                .orElseThrow(() -> new PrefillException("No such link."));
        var now = clock.instant();
        if (!link.isOpenAt(now)) {
            throw new PrefillException("Only a link that is still open can be revoked.");
        }
        revoke(therapist, link, now);
    }

    private void revoke(Therapist therapist, PrefillLink link, Instant now) {
        link.revoke(now);
        audit.record(therapist.username(), "PREFILL_LINK_REVOKED", "prefill link " + link.id());
    }

    /** How long a new link works if it is not sent back before ({@code headsup.prefill.valid-for}). */
    public Duration validFor() {
        return validFor;
    }

    /** Where a link stands now, by the same clock that decides whether it may still be used. */
    public PrefillState stateOf(PrefillLink link) {
        return link.stateAt(clock.instant());
    }

    /** A client's links, newest first, for the therapist to see where each one stands. */
    @Transactional(readOnly = true)
    public List<PrefillLink> of(Therapist therapist, long clientId) {
        return records.findByClientIdAndTherapistIdOrderByCreatedAtDesc(clientId, therapist.id());
    }

    /**
     * The client opens the link: the first time marks it opened. Empty for a token that was never made
     * (or was erased with its client), so a guess learns nothing.
     */
    @Transactional
    public Optional<LinkForClient> open(String token) {
        return link(token)
                .filter(link -> link.stateAt(clock.instant()) != PrefillState.REVOKED)
                .map(link -> {
                    var now = clock.instant();
                    var state = link.stateAt(now);
                    if (state == PrefillState.CREATED) {
                        link.opened(now);
                        audit.record(CLIENT, "PREFILL_LINK_OPENED", "prefill link " + link.id());
                        state = PrefillState.OPENED;
                    }
                    var therapist = accounts.find(link.therapistId()).orElseThrow();
                    var client = clients.find(therapist, link.clientId()).orElseThrow();
                    return new LinkForClient(
                            state,
                            state == PrefillState.OPENED ? draft(link) : null,
                            client.ageOn(LocalDate.now(clock.withZone(ZoneOffset.UTC))),
                            therapist.displayName(),
                            link.expiresAt());
                });
    }

    /** Saves the answers so far; they survive a timeout, a reload, or opening the link elsewhere. */
    public void saveDraft(String token, PrefillDraft draft) {
        String answers = json.writeValueAsString(draft);
        change(token, link -> link.saveDraft(answers), null);
    }

    /** The client sends the answers: once. The link cannot be opened for answers after this. */
    public void complete(String token, PrefillDraft draft) {
        String answers = json.writeValueAsString(draft);
        change(token, link -> link.complete(answers, clock.instant()), "PREFILL_LINK_COMPLETED");
    }

    /** The answers of a completed link, for the therapist to review with the client. */
    @Transactional(readOnly = true)
    public Optional<PrefillDraft> completedAnswers(Therapist therapist, long clientId, long linkId) {
        return records.findByIdAndTherapistId(linkId, therapist.id())
                .filter(link -> link.clientId() == clientId && link.completedAt() != null)
                .map(this::draft);
    }

    /**
     * The completed link's answers were reviewed and signed as this intake. Runs inside the signing
     * transaction, so the intake and the link's new state are saved together or not at all.
     *
     * @return false when the link is not this therapist's and client's, not completed, or signed already
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean signedAs(Therapist therapist, long clientId, long linkId, long intakeId) {
        var link = records.findByIdAndTherapistId(linkId, therapist.id())
                .filter(l -> l.clientId() == clientId && l.completedAt() != null && l.signedIntakeId() == null);
        link.ifPresent(l -> l.signedAs(intakeId, clock.instant()));
        return link.isPresent();
    }

    /** Forgets the answers of every link that expired before they were sent; the links stay, as expired. */
    @Transactional
    public int forgetUnsentAnswers() {
        var expired = records.findByCompletedAtIsNullAndExpiresAtBeforeAndDraftJsonIsNotNull(clock.instant());
        for (PrefillLink link : expired) {
            link.saveDraft(null);
            audit.record("retention", "PREFILL_ANSWERS_FORGOTTEN", "prefill link " + link.id());
        }
        return expired.size();
    }

    /** The answers a link holds (saved so far, or sent), for the client's data export. */
    public Optional<PrefillDraft> answers(PrefillLink link) {
        return Optional.ofNullable(draft(link));
    }

    /**
     * Changes an open link in its own transaction. Two changes at once (two tabs, two instances) meet
     * at the version: the later one is refused rather than overwriting a link completed meanwhile.
     */
    private void change(String token, Consumer<PrefillLink> change, @Nullable String auditAction) {
        try {
            transaction.executeWithoutResult(status -> {
                var link = link(token).orElseThrow(() -> new PrefillException("This link is not valid."));
                switch (link.stateAt(clock.instant())) {
                    case REVOKED -> throw new PrefillException("This link is not valid.");
                    case COMPLETED ->
                        throw new PrefillException("These answers have already been sent to your "
                                + "therapist; the link cannot be used again.");
                    case EXPIRED ->
                        throw new PrefillException(
                                "This link has expired. Please ask your therapist " + "for a new one.");
                    default -> change.accept(link);
                }
                records.saveAndFlush(link);
                if (auditAction != null) {
                    audit.record(CLIENT, auditAction, "prefill link " + link.id());
                }
            });
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            throw new PrefillException("These answers were changed in another window. Please reload the page.");
        }
    }

    private Optional<PrefillLink> link(String token) {
        return token.matches(TOKEN_SHAPE) ? records.findByTokenHash(Sha256.hex(token)) : Optional.empty();
    }

    private @Nullable PrefillDraft draft(PrefillLink link) {
        String stored = link.draftJson();
        return stored == null ? null : json.readValue(stored, PrefillDraft.class);
    }

    /** A link just made, with the token to put in the URL; the token is not stored anywhere. */
    public record NewLink(PrefillLink link, String token) {}

    /**
     * What the client's page needs: where the link stands, the answers so far (when it is still open),
     * the client's age today and whom the answers go to. Never the client's name or contact.
     */
    public record LinkForClient(
            PrefillState state, @Nullable PrefillDraft draft, int ageYears, String therapistName, Instant expiresAt) {}
}
