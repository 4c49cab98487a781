package app.headsup.intake.record;

import app.headsup.intake.account.Therapist;
import app.headsup.intake.client.Client;
import app.headsup.intake.client.Clients;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.rules.RuleEngine;
import app.headsup.screening.RequestBuilder;
import app.headsup.screening.ScreeningRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides where a therapist's intake starts: a first visit, a returning client's last answers, the
 * answers a client sent from home, or a correction of a signed intake. The intake page only shows it.
 */
@Service
public class IntakeDrafts {

    private final Clients clients;
    private final Intakes intakes;
    private final PrefillLinks prefillLinks;
    private final RuleEngine engine;
    private final Clock clock;

    IntakeDrafts(Clients clients, Intakes intakes, PrefillLinks prefillLinks, RuleEngine engine, Clock clock) {
        this.clients = clients;
        this.intakes = intakes;
        this.prefillLinks = prefillLinks;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The draft for this client: from a completed pre-fill link when {@code prefillLinkId} is given, as a
     * correction when {@code corrects} is given, else a new visit. Empty when the client, link or intake is
     * not this therapist's (or not this client's).
     */
    @Transactional(readOnly = true)
    public Optional<IntakeDraft> start(
            Therapist therapist, long clientId, @Nullable Long prefillLinkId, @Nullable Long corrects) {
        return clients.find(therapist, clientId).flatMap(client -> {
            if (corrects != null) {
                return correction(therapist, client, corrects);
            }
            if (prefillLinkId != null) {
                return review(therapist, client, prefillLinkId);
            }
            return Optional.of(visit(therapist, client));
        });
    }

    /** What differs from the answers the draft is compared with, in plain words; empty when nothing. */
    public List<String> changes(IntakeDraft draft, ScreeningRequest answers) {
        return draft.previous() == null
                ? List.of()
                : AnswerChanges.between(
                        draft.previous(), answers, engine.ruleSet().catalogues().vocabulary());
    }

    private IntakeDraft visit(Therapist therapist, Client client) {
        var last = intakes.latest(therapist, client.id());
        if (last.isEmpty()) {
            return new IntakeDraft(
                    client, IntakeDraft.Start.FIRST_VISIT, ageToday(client, nothingYet()), null, null, null, null);
        }
        var previous = last.get();
        return new IntakeDraft(
                client,
                IntakeDraft.Start.RETURN_VISIT,
                ageToday(client, previous.request()),
                null,
                previous.request(),
                previous.intake().confirmedAt(),
                null);
    }

    /**
     * The client answered only about themselves at home; the giver, the oils and the routine are taken
     * over from the last intake, so the review shows as changed only what the client changed.
     */
    private Optional<IntakeDraft> review(Therapist therapist, Client client, long linkId) {
        return prefillLinks.completedAnswers(therapist, client.id(), linkId).map(sent -> {
            var last = intakes.latest(therapist, client.id());
            var answers = last.map(previous -> sent.answers().withGiverOilsAndRoutineOf(previous.request()))
                    .orElse(sent.answers());
            return new IntakeDraft(
                    client,
                    IntakeDraft.Start.PREFILL_REVIEW,
                    ageToday(client, answers),
                    sent.consent(),
                    last.map(StoredIntake::request).orElse(null),
                    last.map(previous -> previous.intake().confirmedAt()).orElse(null),
                    null);
        });
    }

    /** Exactly the answers that were signed, consent included, to change what was recorded wrongly. */
    private Optional<IntakeDraft> correction(Therapist therapist, Client client, long intakeId) {
        return intakes.find(therapist, intakeId)
                .filter(old -> old.intake().clientId() == client.id())
                .map(old -> new IntakeDraft(
                        client,
                        IntakeDraft.Start.CORRECTION,
                        old.request(),
                        old.request().consent(),
                        old.request(),
                        old.intake().confirmedAt(),
                        old.intake().id()));
    }

    private static ScreeningRequest nothingYet() {
        return RequestBuilder.receiver(0).consent(false).build();
    }

    /** The answers with the age the client is today, from their date of birth. */
    private ScreeningRequest ageToday(Client client, ScreeningRequest request) {
        return request.withAge(client.ageOn(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    }
}
