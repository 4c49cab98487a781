package app.headsup.intake.record;

import app.headsup.catalogue.Vocabulary;
import app.headsup.intake.account.Therapist;
import app.headsup.intake.audit.AuditLog;
import app.headsup.intake.client.Client;
import app.headsup.intake.client.Clients;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.ScreeningService;
import app.headsup.screening.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs and reads intakes. Signing screens the answers and writes the request, the full result, the
 * rule-set version and the confirmation in one transaction: all of it, or nothing. A second
 * submission with the same key returns the first intake instead of a duplicate.
 */
@Service
public class Intakes {

    private final IntakeRecords records;
    private final IntakeNoteRecords notes;
    private final Clients clients;
    private final ScreeningService screenings;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final IntakePdf pdf;
    private final PrefillLinks prefillLinks;

    Intakes(
            IntakeRecords records,
            IntakeNoteRecords notes,
            Clients clients,
            ScreeningService screenings,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactions,
            IntakePdf pdf,
            PrefillLinks prefillLinks) {
        this.pdf = pdf;
        this.prefillLinks = prefillLinks;
        this.transaction = new TransactionTemplate(transactions);
        this.records = records;
        this.notes = notes;
        this.clients = clients;
        this.screenings = screenings;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Signs and stores an intake: the answers are screened again, and the intake, the client's last visit,
     * the pre-fill link it came from and the audit entry are written together or not at all.
     *
     * @throws IntakeException when the confirmation is incomplete, the client or corrected intake is
     *         not this therapist's, the pre-fill link is not this client's or was signed already, or the
     *         key is malformed; nothing is written then
     */
    public Intake sign(Therapist therapist, Signing signing) {
        String key = signing.submissionKey();
        if (!key.matches("[A-Za-z0-9-]{16,64}")) {
            throw new IntakeException("This form has no valid submission key; please open it again.");
        }
        try {
            return transaction.execute(status -> signOnce(therapist, signing));
        } catch (DataIntegrityViolationException sameKeyAtTheSameMoment) {
            // The same form was submitted twice at once and the other one was saved first: that is the intake.
            return records.findBySubmissionKey(key)
                    .map(intake -> sameTherapist(intake, therapist))
                    .orElseThrow(() -> sameKeyAtTheSameMoment);
        }
    }

    private Intake signOnce(Therapist therapist, Signing signing) {
        var earlier = records.findBySubmissionKey(signing.submissionKey());
        if (earlier.isPresent()) {
            return sameTherapist(earlier.get(), therapist);
        }
        long clientId = signing.clientId();
        Client client = clients.find(therapist, clientId).orElseThrow(() -> new IntakeException("No such client."));
        checkConfirmation(client, signing.confirmation());
        Long corrects = signing.corrects();
        if (corrects != null
                && records.findByIdAndTherapistId(corrects, therapist.id())
                        .filter(old -> old.clientId() == clientId)
                        .isEmpty()) {
            throw new IntakeException("The intake to correct was not found for this client.");
        }
        Screening result = screenings.screen(signing.request());
        var now = clock.instant();
        var intake = records.saveAndFlush(new Intake(
                clientId,
                therapist.id(),
                corrects,
                signing.submissionKey(),
                json.writeValueAsString(signing.request()),
                json.writeValueAsString(result),
                result.ruleSetVersion(),
                result.verdict(),
                signing.confirmation().typedName().strip(),
                now));
        Long prefillLinkId = signing.prefillLinkId();
        if (prefillLinkId != null && !prefillLinks.signedAs(therapist, clientId, prefillLinkId, intake.id())) {
            // Thrown inside the transaction: the intake just written is rolled back with it.
            throw new IntakeException("These pre-fill answers were signed already, or are not this client's.");
        }
        clients.visited(client, now);
        audit.record(
                therapist.username(), corrects == null ? "INTAKE_SIGNED" : "INTAKE_CORRECTED", "intake " + intake.id());
        return intake;
    }

    @Transactional(readOnly = true)
    public Optional<StoredIntake> find(Therapist therapist, long intakeId) {
        return records.findByIdAndTherapistId(intakeId, therapist.id())
                .map(intake -> new StoredIntake(
                        intake,
                        json.readValue(intake.requestJson(), ScreeningRequest.class),
                        json.readValue(intake.resultJson(), Screening.class),
                        notes.findByIntakeIdOrderByWrittenAtAsc(intake.id())));
    }

    /** A signed intake opened to be read: the audit log says who read which one, and when. */
    @Transactional
    public Optional<StoredIntake> open(Therapist therapist, long intakeId) {
        var stored = find(therapist, intakeId);
        stored.ifPresent(s -> audit.record(therapist.username(), "INTAKE_OPENED", "intake " + intakeId));
        return stored;
    }

    /** The printable record of a signed intake; the audit log says who printed which one. */
    @Transactional
    public Optional<byte[]> pdf(Therapist therapist, long intakeId) {
        return find(therapist, intakeId)
                .flatMap(stored -> clients.find(therapist, stored.intake().clientId())
                        .map(client -> {
                            audit.record(therapist.username(), "INTAKE_PDF_DOWNLOADED", "intake " + intakeId);
                            return pdf.render(therapist, client, stored);
                        }));
    }

    /** The client's latest intake, to start the next one from its answers. */
    @Transactional(readOnly = true)
    public Optional<StoredIntake> latest(Therapist therapist, long clientId) {
        return history(therapist, clientId, 0, 1).stream().findFirst().flatMap(intake -> find(therapist, intake.id()));
    }

    /** What changed from the intake before this one (answers and rule-set version); empty for the first. */
    @Transactional(readOnly = true)
    public List<String> changesSincePrevious(Therapist therapist, StoredIntake current, Vocabulary vocabulary) {
        // Only the one before: a client may have thousands of intakes.
        var before = records.findFirstByClientIdAndConfirmedAtLessThanOrderByConfirmedAtDesc(
                current.intake().clientId(), current.intake().confirmedAt());
        if (before.isEmpty()) {
            return List.of();
        }
        var previous = find(therapist, before.get().id()).orElseThrow();
        var changes = new ArrayList<>(AnswerChanges.between(previous.request(), current.request(), vocabulary));
        var ruleSet = AnswerChanges.ruleSetChange(previous.intake(), current.intake());
        if (ruleSet != null) {
            changes.add(ruleSet);
        }
        changes.addAll(AnswerChanges.findingChanges(previous.result(), current.result()));
        return changes;
    }

    /** A client's intakes, newest first, one page at a time. */
    @Transactional(readOnly = true)
    public Page<Intake> history(Therapist therapist, long clientId, int page, int size) {
        return records.findByClientIdAndTherapistIdOrderByConfirmedAtDesc(
                clientId, therapist.id(), PageRequest.of(page, size));
    }

    /** Session notes are added beside the signed intake, which itself never changes. */
    @Transactional
    public IntakeNote addNote(Therapist therapist, long intakeId, String text) {
        var intake = ownIntake(therapist, intakeId);
        var saved = notes.save(new IntakeNote(
                intake.id(),
                IntakeNote.Kind.SESSION_NOTE,
                therapist.username(),
                clock.instant(),
                noteText(text),
                null));
        audit.record(therapist.username(), "NOTE_ADDED", "intake " + intake.id());
        return saved;
    }

    /**
     * A doctor's clearance for an intake that said "see a doctor first": the day the doctor cleared it
     * (not in the future) and what they said, such as any limits.
     */
    @Transactional
    public IntakeNote recordClearance(Therapist therapist, long intakeId, @Nullable LocalDate clearedOn, String text) {
        var intake = ownIntake(therapist, intakeId);
        if (intake.verdict() != Verdict.SEE_DOCTOR_FIRST) {
            throw new IntakeException(
                    "A clearance is recorded only for an intake whose result was " + "\"see a doctor first\".");
        }
        if (clearedOn == null || clearedOn.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new IntakeException("Please give the day the doctor cleared the massage (not a future day).");
        }
        var saved = notes.save(new IntakeNote(
                intake.id(),
                IntakeNote.Kind.CLEARANCE,
                therapist.username(),
                clock.instant(),
                noteText(text),
                clearedOn));
        audit.record(therapist.username(), "CLEARANCE_RECORDED", "intake " + intake.id());
        return saved;
    }

    /** The intake that corrects this one, if it has been corrected. */
    @Transactional(readOnly = true)
    public Optional<Intake> correctionOf(Therapist therapist, long intakeId) {
        return records.findFirstByCorrectsIdAndTherapistIdOrderByConfirmedAtDesc(intakeId, therapist.id());
    }

    private Intake ownIntake(Therapist therapist, long intakeId) {
        return records.findByIdAndTherapistId(intakeId, therapist.id())
                .orElseThrow(() -> new IntakeException("No such intake."));
    }

    /** The longest note or clearance text kept, in characters; the record page says it as one types. */
    public static final int NOTE_LIMIT = 4000;

    private static String noteText(String text) {
        String note = text.strip();
        if (note.isEmpty() || note.length() > NOTE_LIMIT) {
            throw new IntakeException("A note is 1 to 4,000 characters.");
        }
        return note;
    }

    private static Intake sameTherapist(Intake intake, Therapist therapist) {
        if (intake.therapistId() != therapist.id()) {
            throw new IntakeException("This form has no valid submission key; please open it again.");
        }
        return intake;
    }

    private static void checkConfirmation(Client client, Confirmation confirmation) {
        if (!confirmation.answersConfirmed()) {
            throw new IntakeException("The client needs to confirm the answers.");
        }
        if (!confirmation.storageConsent()) {
            throw new IntakeException("Without the client's consent to storing health answers, nothing is saved. "
                    + "The result can still be printed.");
        }
        if (!SameName.as(confirmation.typedName(), client.fullName())) {
            throw new IntakeException("The name typed is not the client's full name.");
        }
    }
}
