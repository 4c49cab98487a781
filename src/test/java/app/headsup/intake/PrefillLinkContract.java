package app.headsup.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.headsup.intake.account.Therapist;
import app.headsup.intake.prefill.PrefillDraft;
import app.headsup.intake.prefill.PrefillException;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.prefill.PrefillState;
import app.headsup.intake.prefill.UnsentAnswersPurge;
import app.headsup.intake.record.Confirmation;
import app.headsup.intake.record.Intake;
import app.headsup.intake.record.IntakeException;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.Signing;
import app.headsup.screening.RequestBuilder;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What remote pre-fill links promise, on each supported database: an unguessable token that is never
 * stored, answers kept as they go, sent once, expired after seven days, and only ever the therapist's.
 */
abstract class PrefillLinkContract extends TwoTherapistsAndAClient {

    @Autowired
    PrefillLinks links;

    @Autowired
    UnsentAnswersPurge purge;

    @Autowired
    Intakes intakes;

    static PrefillDraft halfWay() {
        return new PrefillDraft(
                RequestBuilder.receiver(36).conditions("MIGRAINE_NOW").build(), null, 3);
    }

    static PrefillDraft done() {
        return new PrefillDraft(
                RequestBuilder.receiver(36)
                        .medications("ANTICOAGULANT")
                        .oils("LAVENDER")
                        .build(),
                true,
                7);
    }

    @Test
    void aNewLinkHasAnUnguessableTokenThatIsNeverStored() {
        var first = links.create(tess, clara.id());
        var second = links.create(tess, clara.id());
        assertThat(first.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.token());
        assertThat(first.link().expiresAt()).isEqualTo(first.link().createdAt().plus(Period.ofDays(7)));
        assertThat(first.link().stateAt(first.link().createdAt())).isEqualTo(PrefillState.CREATED);
        var stored = jdbc.queryForList(
                        "select * from prefill_link where id = ?", first.link().id())
                .getFirst();
        assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(first.token()));
        assertThat(stored.get("token_hash")).isEqualTo(Sha256.hex(first.token()));
        var audit = jdbc.queryForList(
                "select subject from audit_entry where action = 'PREFILL_LINK_CREATED'", String.class);
        assertThat(audit).contains("prefill link " + first.link().id()).noneMatch(line -> line.contains(first.token()));
    }

    @Test
    void anUnknownOrMalformedTokenOpensNothing() {
        links.create(tess, clara.id());
        assertThat(links.open("A".repeat(43))).isEmpty();
        assertThat(links.open("not a token")).isEmpty();
        assertThat(links.open("")).isEmpty();
        assertThatThrownBy(() -> links.saveDraft("B".repeat(43), halfWay())).isInstanceOf(PrefillException.class);
    }

    @Test
    void answersAreKeptAsTheyGoAndTheFirstOpeningIsRecorded() {
        var made = links.create(tess, clara.id());
        var opened = links.open(made.token()).orElseThrow();
        assertThat(opened.state()).isEqualTo(PrefillState.OPENED);
        assertThat(opened.draft()).isNull();
        assertThat(opened.therapistName()).isEqualTo("Tess");
        assertThat(opened.ageYears()).isEqualTo(clara.ageOn(LocalDate.now()));

        links.saveDraft(made.token(), halfWay());
        var again = links.open(made.token()).orElseThrow();
        assertThat(again.draft()).isEqualTo(halfWay());
        assertThat(again.draft().consent())
                .as("an unanswered consent stays unanswered")
                .isNull();
        assertThat(links.of(tess, clara.id()).getFirst().openedAt()).isNotNull();
        assertThat(audited("PREFILL_LINK_OPENED")).isPositive();
    }

    @Test
    void completedAnswersAreSentOnceAndOnlyTheTherapistReviewsThem() {
        var made = links.create(tess, clara.id());
        links.open(made.token());
        links.complete(made.token(), done());

        var afterwards = links.open(made.token()).orElseThrow();
        assertThat(afterwards.state()).isEqualTo(PrefillState.COMPLETED);
        assertThat(afterwards.draft())
                .as("a sent link shows no answers to whoever holds it")
                .isNull();
        assertThatThrownBy(() -> links.saveDraft(made.token(), halfWay()))
                .isInstanceOf(PrefillException.class)
                .hasMessageContaining("already been sent");
        assertThatThrownBy(() -> links.complete(made.token(), halfWay())).isInstanceOf(PrefillException.class);

        long id = made.link().id();
        assertThat(links.completedAnswers(tess, clara.id(), id)).contains(done());
        assertThat(links.completedAnswers(theo, clara.id(), id)).isEmpty();
        assertThat(links.completedAnswers(tess, clara.id() + 1, id)).isEmpty();
        assertThat(links.of(theo, clara.id())).isEmpty();
        assertThat(links.of(tess, clara.id()))
                .singleElement()
                .satisfies(link -> assertThat(link.completedAt()).isNotNull());
    }

    @Test
    void signedAnswersPointAtTheirIntakeAndAreSignedOnce() {
        var made = links.create(tess, clara.id());
        links.complete(made.token(), done());
        long linkId = made.link().id();
        var claraSigns = new Confirmation("Clara Client", true, true);
        int intakesBefore = intakeCount();

        Function<Therapist, Intake> signAs = therapist -> intakes.sign(
                therapist,
                Signing.of(
                                clara.id(),
                                done().answers().withConsent(true),
                                claraSigns,
                                UUID.randomUUID().toString())
                        .fromPrefill(linkId));

        assertThatThrownBy(() -> signAs.apply(theo)).isInstanceOf(IntakeException.class);
        var intake = signAs.apply(tess);
        var link = links.of(tess, clara.id()).getFirst();
        assertThat(link.signedIntakeId()).isEqualTo(intake.id());
        assertThat(link.signedAt()).isNotNull();
        assertThat(links.stateOf(link)).isEqualTo(PrefillState.COMPLETED);

        assertThatThrownBy(() -> signAs.apply(tess))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("signed already");
        assertThat(intakeCount())
                .as("a refused signing leaves no intake behind")
                .isEqualTo(intakesBefore + 1);
    }

    private int intakeCount() {
        return jdbc.queryForObject("select count(*) from intake", Integer.class);
    }

    @Test
    void anUnfinishedLinkExpiresAfterSevenDaysButSentAnswersStayReviewable() {
        var sent = links.create(tess, clara.id());
        links.complete(sent.token(), done());
        var unfinished = links.create(tess, clara.id());
        links.saveDraft(unfinished.token(), halfWay());
        jdbc.update(
                "update prefill_link set expires_at = created_at - interval '1' day where client_id = ?", clara.id());

        assertThat(links.open(unfinished.token()).orElseThrow().state()).isEqualTo(PrefillState.EXPIRED);
        assertThat(links.open(unfinished.token()).orElseThrow().draft()).isNull();
        assertThatThrownBy(() -> links.saveDraft(unfinished.token(), halfWay()))
                .isInstanceOf(PrefillException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> links.complete(unfinished.token(), done())).isInstanceOf(PrefillException.class);
        assertThat(links.completedAnswers(tess, clara.id(), sent.link().id())).contains(done());
    }

    @Test
    void theNightlyPurgeForgetsAnswersThatExpiredUnsentAndKeepsSentOnes() {
        // One open link per client: three clients, each with one link.
        var unsent = links.create(tess, clara.id());
        var sent = links.create(
                tess,
                clients.add(tess, "Sam Sent", null, LocalDate.of(1985, 1, 1)).id());
        var stillOpen = links.create(
                tess,
                clients.add(tess, "Olga Open", null, LocalDate.of(1975, 1, 1)).id());
        links.saveDraft(unsent.token(), halfWay());
        links.complete(sent.token(), done());
        links.saveDraft(stillOpen.token(), halfWay());
        jdbc.update(
                "update prefill_link set expires_at = created_at - interval '1' day where id in (?, ?)",
                unsent.link().id(),
                sent.link().id());

        assertThat(purge.purge()).isPositive();
        assertThat(jdbc.queryForObject(
                        "select draft_json from prefill_link where id = ?",
                        String.class,
                        unsent.link().id()))
                .isNull();
        assertThat(links.completedAnswers(
                        tess, sent.link().clientId(), sent.link().id()))
                .contains(done());
        assertThat(links.open(stillOpen.token()).orElseThrow().draft()).isEqualTo(halfWay());
        assertThat(links.open(unsent.token()).orElseThrow().state()).isEqualTo(PrefillState.EXPIRED);
        assertThat(jdbc.queryForList(
                        "select subject from audit_entry where action = 'PREFILL_ANSWERS_FORGOTTEN'", String.class))
                .contains("prefill link " + unsent.link().id())
                .doesNotContain(
                        "prefill link " + sent.link().id(),
                        "prefill link " + stillOpen.link().id());
    }

    @Test
    void onlyTheClientsTherapistMakesLinksAndErasingTheClientEndsThem() {
        assertThatThrownBy(() -> links.create(theo, clara.id())).isInstanceOf(PrefillException.class);
        var made = links.create(tess, clara.id());
        clients.erase(tess, clara.id());
        assertThat(links.open(made.token())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from prefill_link where id = ?",
                        Long.class,
                        made.link().id()))
                .isZero();
    }

    @Test
    void sendingFromEightWindowsAtOnceSendsOnce() throws Exception {
        var made = links.create(tess, clara.id());
        long before = audited("PREFILL_LINK_COMPLETED");
        var sent = new AtomicInteger();
        var refused = new AtomicInteger();
        atOnce(8, () -> {
            try {
                links.complete(made.token(), done());
                sent.incrementAndGet();
            } catch (PrefillException alreadySent) {
                refused.incrementAndGet();
            }
            return null;
        });
        assertThat(sent).hasValue(1);
        assertThat(refused).hasValue(7);
        assertThat(audited("PREFILL_LINK_COMPLETED")).isEqualTo(before + 1);
    }

    @Test
    void aRevokedLinkOpensNothingAndANewLinkRevokesTheOpenOne() {
        var first = links.create(tess, clara.id());
        links.saveDraft(first.token(), halfWay());
        var second = links.create(tess, clara.id());
        assertThat(links.open(first.token()))
                .as("made before the newest: revoked")
                .isEmpty();
        assertThat(links.stateOf(links.of(tess, clara.id()).getLast())).isEqualTo(PrefillState.REVOKED);
        assertThat(jdbc.queryForObject(
                        "select draft_json from prefill_link where id = ?",
                        String.class,
                        first.link().id()))
                .as("answers of a revoked link are forgotten")
                .isNull();
        assertThatThrownBy(() -> links.saveDraft(first.token(), halfWay()))
                .isInstanceOf(PrefillException.class)
                .hasMessage("This link is not valid.");

        assertThatThrownBy(() -> links.revoke(theo, second.link().id())).isInstanceOf(PrefillException.class);
        links.revoke(tess, second.link().id());
        assertThat(links.open(second.token())).isEmpty();
        assertThat(audited("PREFILL_LINK_REVOKED")).isGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> links.revoke(tess, second.link().id())).isInstanceOf(PrefillException.class);
    }

    @Test
    void aCompletedLinkStaysWhenANewOneIsMade() {
        var sent = links.create(tess, clara.id());
        links.complete(sent.token(), done());
        links.create(tess, clara.id());
        assertThat(links.completedAnswers(tess, clara.id(), sent.link().id())).isPresent();
    }
}
