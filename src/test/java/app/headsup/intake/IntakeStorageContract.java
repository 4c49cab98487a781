package app.headsup.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.headsup.intake.client.Client;
import app.headsup.intake.client.RetentionPurge;
import app.headsup.intake.prefill.PrefillDraft;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.record.ClientExport;
import app.headsup.intake.record.Confirmation;
import app.headsup.intake.record.IntakeException;
import app.headsup.intake.record.IntakeNote;
import app.headsup.intake.record.IntakePdf;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.Signing;
import app.headsup.rules.RuleEngine;
import app.headsup.rules.facts.OilStatus;
import app.headsup.screening.RequestBuilder;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What stored intakes promise, run against each database HeadsUp supports (H2 and PostgreSQL):
 * all or nothing, no duplicates, immutable, and one therapist never reaches another's records.
 */
abstract class IntakeStorageContract extends TwoTherapistsAndAClient {

    @Autowired
    Intakes intakes;

    @Autowired
    ClientExport export;

    @Autowired
    RetentionPurge retention;

    @Autowired
    IntakePdf pdf;

    @Autowired
    PrefillLinks prefillLinks;

    @Autowired
    RuleEngine engine;

    @Autowired
    JsonMapper json;

    static ScreeningRequest migraineToday() {
        return RequestBuilder.receiver(36).conditions("MIGRAINE_NOW").build();
    }

    static Confirmation claraConfirms() {
        return new Confirmation("  clara   client ", true, true);
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    long intakesOf(Client client) {
        return jdbc.queryForObject("select count(*) from intake where client_id = ?", Long.class, client.id());
    }

    @Test
    void aSignedIntakeKeepsTheRequestTheFullResultAndTheRuleSetVersion() {
        var intake = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        var stored = intakes.find(tess, intake.id()).orElseThrow();
        assertThat(stored.request()).isEqualTo(migraineToday());
        assertThat(stored.result().verdict()).isEqualTo(intake.verdict()).isEqualTo(Verdict.POSTPONE);
        assertThat(stored.result().findings()).isNotEmpty();
        assertThat(intake.ruleSetVersion())
                .startsWith("2027.01+")
                .isEqualTo(stored.result().ruleSetVersion());
        assertThat(intake.confirmedName()).isEqualTo("clara   client");
        assertThat(intake.storageConsent()).isTrue();
        assertThat(clients.find(tess, clara.id()).orElseThrow().lastVisitAt()).isEqualTo(intake.confirmedAt());
    }

    /**
     * A record signed under rule set 2026.12 (a real answer of that build, in test resources) opens exactly
     * as signed, camphor still fine; the next visit is screened under the rules of today, and "what changed"
     * says in words what the new rules add for the same answers.
     */
    @Test
    void aRecordSignedUnderEarlierRulesOpensAsSignedAndTheNextVisitSaysWhatTheNewRulesAdd() throws IOException {
        JsonNode fixture;
        try (var in = getClass().getResourceAsStream("/records/g6pd-signed-2026.12.json")) {
            fixture = json.readTree(in);
        }
        var request = json.treeToValue(fixture.get("request"), ScreeningRequest.class);
        var signedThen = json.treeToValue(fixture.get("result"), Screening.class);
        var earlier = intakes.sign(tess, Signing.of(clara.id(), request, claraConfirms(), key()));
        jdbc.update(
                "update intake set result_json = ?, rule_set_version = ?, confirmed_at = ? where id = ?",
                json.writeValueAsString(signedThen),
                signedThen.ruleSetVersion(),
                Timestamp.from(earlier.confirmedAt().minus(Duration.ofDays(40))),
                earlier.id());

        var old = intakes.find(tess, earlier.id()).orElseThrow();
        assertThat(old.intake().ruleSetVersion()).isEqualTo("2026.12+c7382eb");
        assertThat(old.result()).isEqualTo(signedThen);
        assertThat(old.result().oils())
                .filteredOn(oil -> oil.oil().equals("CAMPHOR"))
                .singleElement()
                .satisfies(camphor -> assertThat(camphor.status()).isEqualTo(OilStatus.OK));

        var returnVisit = intakes.sign(tess, Signing.of(clara.id(), request, claraConfirms(), key()));
        var now = intakes.find(tess, returnVisit.id()).orElseThrow();
        assertThat(returnVisit.ruleSetVersion()).startsWith("2027.01+");
        assertThat(now.result().oils())
                .filteredOn(oil -> oil.oil().equals("CAMPHOR"))
                .singleElement()
                .satisfies(camphor -> assertThat(camphor.status()).isEqualTo(OilStatus.AVOID));
        assertThat(intakes.changesSincePrevious(tess, now, engine.catalogues().vocabulary()))
                .containsExactly(
                        "Rule set: 2026.12+c7382eb → " + returnVisit.ruleSetVersion(),
                        "Advice changed: Leave out Peppermint and Camphor: see the reasons beside each oil.",
                        "Advice changed: Leave out peppermint, camphor and wintergreen oils, whatever the dilution.");
    }

    @Test
    void aFailedConfirmationLeavesNoRowAndNoAuditLine() {
        long signedBefore = audited("INTAKE_SIGNED");
        assertThatThrownBy(() -> intakes.sign(
                        tess,
                        Signing.of(clara.id(), migraineToday(), new Confirmation("Someone Else", true, true), key())))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("not the client's full name");
        assertThatThrownBy(() -> intakes.sign(
                        tess,
                        Signing.of(clara.id(), migraineToday(), new Confirmation("Clara Client", true, false), key())))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("consent");
        assertThatThrownBy(() -> intakes.sign(
                        tess,
                        Signing.of(clara.id(), migraineToday(), new Confirmation("Clara Client", false, true), key())))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("confirm");
        assertThat(intakesOf(clara)).isZero();
        assertThat(audited("INTAKE_SIGNED")).isEqualTo(signedBefore);
        assertThat(clients.find(tess, clara.id()).orElseThrow().lastVisitAt()).isNull();
    }

    @Test
    void theSameSubmissionTwiceIsOneIntake() {
        String key = key();
        var first = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key));
        var again = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(intakesOf(clara)).isOne();
    }

    @Test
    void theSameSubmissionFromEightThreadsAtOnceIsOneIntake() throws Exception {
        String key = key();
        var ids = ConcurrentHashMap.<Long>newKeySet();
        atOnce(
                8,
                () -> ids.add(intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key))
                        .id()));
        assertThat(ids).hasSize(1);
        assertThat(intakesOf(clara)).isOne();
    }

    @Test
    void twoTherapistsSavingAtOnceLoseNothing() throws Exception {
        var theirs = clients.add(theo, "Otto Other", null, LocalDate.of(1980, 1, 1));
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(
                    () -> intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key())));
            var b = pool.submit(() -> intakes.sign(
                    theo,
                    Signing.of(
                            theirs.id(),
                            RequestBuilder.receiver(36).build(),
                            new Confirmation("Otto Other", true, true),
                            key())));
            assertThat(Set.of(a.get().id(), b.get().id())).hasSize(2);
        }
        assertThat(intakesOf(clara)).isOne();
        assertThat(intakesOf(theirs)).isOne();
    }

    @Test
    void anotherTherapistCannotReadSignOrAnnotateAClientsIntakes() {
        var intake = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        assertThat(clients.find(theo, clara.id())).isEmpty();
        assertThat(clients.of(theo)).isEmpty();
        assertThat(intakes.find(theo, intake.id())).isEmpty();
        assertThat(intakes.history(theo, clara.id(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> intakes.sign(theo, Signing.of(clara.id(), migraineToday(), claraConfirms(), key())))
                .isInstanceOf(IntakeException.class)
                .hasMessage("No such client.");
        assertThatThrownBy(() -> intakes.addNote(theo, intake.id(), "hello")).isInstanceOf(IntakeException.class);
        assertThat(intakes.correctionOf(theo, intake.id())).isEmpty();
        assertThatThrownBy(() -> intakes.sign(theo, Signing.of(clara.id(), migraineToday(), claraConfirms(), "short")))
                .isInstanceOf(IntakeException.class);
    }

    @Test
    void aCorrectionIsANewIntakePointingAtTheOldOneWhichStaysAsItWas() {
        var first = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        assertThat(intakes.correctionOf(tess, first.id())).isEmpty();
        var corrected = intakes.sign(
                tess,
                Signing.of(clara.id(), RequestBuilder.receiver(36).build(), claraConfirms(), key())
                        .correcting(first.id()));
        assertThat(corrected.correctsId()).isEqualTo(first.id());
        assertThat(intakes.find(tess, first.id())
                        .orElseThrow()
                        .result()
                        .verdict()
                        .name())
                .isEqualTo("POSTPONE");
        assertThat(intakes.correctionOf(tess, first.id())).map(i -> i.id()).contains(corrected.id());
        assertThat(intakes.history(tess, clara.id(), 0, 10).getContent())
                .extracting(i -> i.id())
                .containsExactly(corrected.id(), first.id());
        var otto = clients.add(tess, "Otto Other", null, LocalDate.of(1980, 1, 1));
        assertThatThrownBy(() -> intakes.sign(
                        tess,
                        Signing.of(
                                        otto.id(),
                                        RequestBuilder.receiver(45).build(),
                                        new Confirmation("Otto Other", true, true),
                                        key())
                                .correcting(first.id())))
                .as("a correction belongs to the same client")
                .isInstanceOf(IntakeException.class);
    }

    @Test
    void notesAreAddedBesideTheSignedIntake() {
        var intake = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        intakes.addNote(tess, intake.id(), "Rescheduled for next week.");
        var stored = intakes.find(tess, intake.id()).orElseThrow();
        assertThat(stored.notes()).extracting(IntakeNote::kind).containsExactly(IntakeNote.Kind.SESSION_NOTE);
        assertThat(stored.notes().getFirst().clearedOn()).isNull();
        assertThat(stored.intake().verdict()).isEqualTo(Verdict.POSTPONE);
        assertThatThrownBy(() -> intakes.addNote(tess, intake.id(), " ")).isInstanceOf(IntakeException.class);
        assertThatThrownBy(() -> intakes.recordClearance(
                        tess, intake.id(), LocalDate.now().minusDays(1), "Fine."))
                .as("only a 'see a doctor first' intake takes a clearance")
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("see a doctor first");
    }

    @Test
    void aClearanceRecordsTheDayTheDoctorClearedTheMassage() throws Exception {
        var intake = intakes.sign(tess, Signing.of(clara.id(), concussionSixWeeksAgo(), claraConfirms(), key()));
        assertThat(intake.verdict()).isEqualTo(Verdict.SEE_DOCTOR_FIRST);
        var day = LocalDate.now().minusDays(2);
        intakes.recordClearance(tess, intake.id(), day, "Dr Gray cleared gentle massage.");
        var note = intakes.find(tess, intake.id()).orElseThrow().notes().getFirst();
        assertThat(note.kind()).isEqualTo(IntakeNote.Kind.CLEARANCE);
        assertThat(note.clearedOn()).isEqualTo(day);
        assertThat(note.text()).isEqualTo("Dr Gray cleared gentle massage.");
        assertThatThrownBy(() -> intakes.recordClearance(tess, intake.id(), null, "No day."))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("day the doctor cleared");
        assertThatThrownBy(() -> intakes.recordClearance(
                        tess, intake.id(), LocalDate.now().plusDays(3), "Later."))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("not a future day");
        assertThatThrownBy(() -> intakes.recordClearance(theo, intake.id(), day, "Not mine."))
                .isInstanceOf(IntakeException.class);
        assertThat(intakes.find(tess, intake.id()).orElseThrow().notes()).hasSize(1);
        assertThat(audited("CLEARANCE_RECORDED")).isPositive();
        assertThat(pdfText(
                        pdf.render(tess, clara, intakes.find(tess, intake.id()).orElseThrow())))
                .contains("Clearance given on " + day + ", written ", "Dr Gray cleared gentle massage.");
    }

    @Test
    void thePdfPrintsEveryLetterOfANameOrNoteAndNamesWhatItCannotDraw() throws IOException {
        String name = "יעל כהן 🌸 O'Brien";
        var yael = clients.add(tess, name, null, LocalDate.of(1991, 7, 14));
        var intake =
                intakes.sign(tess, Signing.of(yael.id(), migraineToday(), new Confirmation(name, true, true), key()));
        intakes.addNote(tess, intake.id(), "הלקוחה מעדיפה לחץ קל");
        intakes.addNote(tess, intake.id(), "Łukasz Żółć, Ελένη Παπαδοπούλου, Юлия Иванова, سارة أحمد");

        String text =
                pdfText(pdf.render(tess, yael, intakes.find(tess, intake.id()).orElseThrow()));

        assertThat(text)
                .contains("Client: יעל כהן [cherry blossom] O'Brien")
                .contains("typing their name \"יעל כהן [cherry blossom] O'Brien\"")
                .contains("הלקוחה מעדיפה לחץ קל")
                .contains("Łukasz Żółć", "Ελένη Παπαδοπούλου", "Юлия Иванова", "سارة أحمد")
                .contains("Conditions: A migraine right now Medicines")
                .contains("Therapist: Tess", "Not today - Not during a migraine")
                .contains("HeadsUp intake of יעל כהן [cherry blossom] O'Brien, page 1")
                .doesNotContain("right now?");
    }

    @Test
    void aNameIsSignedAsPeopleTypeItOnAPhone() {
        var obrien = clients.add(tess, "Siobhán O'Brien-Żółć 🌸", null, LocalDate.of(1985, 3, 1));
        for (String typed : new String[] {"Siobhan O’Brien Zolc", "siobhán o'brien-żółć", "SIOBHAN OBRIEN ZOLC"}) {
            var intake = intakes.sign(
                    tess, Signing.of(obrien.id(), migraineToday(), new Confirmation(typed, true, true), key()));
            assertThat(intake.confirmedName()).isEqualTo(typed);
        }
        assertThatThrownBy(() -> intakes.sign(
                        tess,
                        Signing.of(
                                obrien.id(), migraineToday(), new Confirmation("Siobhan O'Brien", true, true), key())))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("not the client's full name");
        var lukasz = clients.add(tess, "Łukasz Żółć", null, LocalDate.of(1985, 3, 1));
        assertThat(intakes.sign(
                                tess,
                                Signing.of(
                                        lukasz.id(),
                                        migraineToday(),
                                        new Confirmation("Lukasz Zolc", true, true),
                                        key()))
                        .confirmedName())
                .isEqualTo("Lukasz Zolc");
    }

    static String pdfText(byte[] bytes) throws IOException {
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static ScreeningRequest concussionSixWeeksAgo() {
        return RequestBuilder.receiver(22)
                .conditions("HEAD_OR_NECK_INJURY_RECENT")
                .build();
    }

    @Test
    void historyPagesThroughManyIntakes() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(intakes.sign(
                            tess,
                            Signing.of(clara.id(), RequestBuilder.receiver(36).build(), claraConfirms(), key()))
                    .id());
        }
        var page = intakes.history(tess, clara.id(), 1, 10);
        assertThat(page.getTotalElements()).isEqualTo(25);
        assertThat(page.getContent()).hasSize(10);
    }

    @Test
    void theExportHoldsTheClientEveryIntakeAsStoredAndTheNotes() {
        var intake = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        intakes.addNote(tess, intake.id(), "Try again next week.");
        var link = prefillLinks.create(tess, clara.id());
        prefillLinks.saveDraft(
                link.token(),
                new PrefillDraft(
                        RequestBuilder.receiver(36).medications("ANTICOAGULANT").build(), null, 2));
        String json = new String(export.export(tess, clara.id()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"fullName\" : \"Clara Client\"",
                        "\"MIGRAINE_NOW\"",
                        "\"POSTPONE\"",
                        "Try again next week.",
                        intake.ruleSetVersion(),
                        "\"storageConsent\" : true",
                        "\"prefillLinks\"",
                        "\"ANTICOAGULANT\"");
        assertThat(json).doesNotContain(link.token());
        assertThat(export.export(theo, clara.id())).isEmpty();
        assertThat(audited("CLIENT_EXPORTED")).isPositive();
    }

    @Test
    void erasingAClientRemovesEveryIntakeAndNoteAndTheAuditKeepsNoName() {
        var intake = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        intakes.addNote(tess, intake.id(), "A note.");
        assertThat(clients.erase(theo, clara.id())).isFalse();
        assertThat(clients.erase(tess, clara.id())).isTrue();
        assertThat(clients.find(tess, clara.id())).isEmpty();
        assertThat(intakesOf(clara)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from intake_note where intake_id = ?", Long.class, intake.id()))
                .isZero();
        var audit = jdbc.queryForList("select actor, action, subject from audit_entry")
                .toString();
        assertThat(audit).contains("CLIENT_ERASED", "client " + clara.id()).doesNotContain("Clara", "MIGRAINE");
    }

    @Test
    void theRetentionPurgeErasesOnlyClientsNotSeenForTheRetentionPeriod() {
        var old = clients.add(tess, "Olga Old", null, LocalDate.of(1950, 1, 1));
        intakes.sign(
                tess,
                Signing.of(
                        old.id(),
                        RequestBuilder.receiver(70).build(),
                        new Confirmation("Olga Old", true, true),
                        key()));
        jdbc.update(
                "update client set last_visit_at = ?, created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(8 * 366))),
                Timestamp.from(Instant.now().minus(Duration.ofDays(9 * 366))),
                old.id());
        intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        assertThat(retention.purge()).isPositive();
        assertThat(clients.find(tess, old.id())).isEmpty();
        assertThat(intakesOf(old)).isZero();
        assertThat(clients.find(tess, clara.id())).isPresent();
        assertThat(intakesOf(clara)).isOne();
    }

    @Test
    void thePdfSaysWhoWhenWhatWhyTheVerdictTheRuleSetAndTheConfirmation() throws Exception {
        var intake = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        intakes.addNote(tess, intake.id(), "Rebooked.");
        String text =
                pdfText(pdf.render(tess, clara, intakes.find(tess, intake.id()).orElseThrow()));
        assertThat(text)
                .contains(
                        "Clara Client",
                        "born 1990-04-02",
                        "Result: not today",
                        "Conditions: A migraine right now",
                        "Why:",
                        "No routine: the verdict does not allow a massage.",
                        "Rule set: " + intake.ruleSetVersion(),
                        "Confirmed by the client, typing their name \"clara client\"",
                        "Consent to storing these health " + "answers: given",
                        "Rebooked.");
    }

    @Test
    void readingAnIntakeAndPrintingItAreAuditedWithoutNamesOrAnswers() {
        var intake = intakes.sign(tess, Signing.of(clara.id(), migraineToday(), claraConfirms(), key()));
        assertThat(intakes.open(theo, intake.id())).isEmpty();
        assertThat(intakes.pdf(theo, intake.id())).isEmpty();
        assertThat(intakes.open(tess, intake.id())).isPresent();
        assertThat(intakes.pdf(tess, intake.id()))
                .hasValueSatisfying(pdf -> assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF"));
        export.export(tess, clara.id());
        var lines = jdbc.queryForList(
                "select actor, action, subject from audit_entry where subject = ? " + "or subject = ? order by id",
                "intake " + intake.id(),
                "client " + clara.id());
        assertThat(lines)
                .extracting(line -> line.get("action"))
                .contains("INTAKE_OPENED", "INTAKE_PDF_DOWNLOADED", "CLIENT_EXPORTED")
                .doesNotHaveDuplicates();
        assertThat(lines).allSatisfy(line -> assertThat(line.toString()).doesNotContain("Clara", "MIGRAINE"));
    }
}
