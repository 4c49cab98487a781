package app.headsup.intake.record;

import app.headsup.intake.account.Therapist;
import app.headsup.intake.audit.AuditLog;
import app.headsup.intake.client.Clients;
import app.headsup.intake.prefill.PrefillLink;
import app.headsup.intake.prefill.PrefillLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's complete data as one JSON document: the record, every intake as stored, every note, and
 * every pre-fill link with the answers it holds.
 */
@Service
public class ClientExport {

    private final Clients clients;
    private final IntakeRecords records;
    private final IntakeNoteRecords notes;
    private final AuditLog audit;
    private final JsonMapper json;
    private final PrefillLinks prefillLinks;

    ClientExport(
            Clients clients,
            IntakeRecords records,
            IntakeNoteRecords notes,
            AuditLog audit,
            JsonMapper json,
            PrefillLinks prefillLinks) {
        this.prefillLinks = prefillLinks;
        this.clients = clients;
        this.records = records;
        this.notes = notes;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public Optional<byte[]> export(Therapist therapist, long clientId) {
        return clients.find(therapist, clientId).map(client -> {
            var document = new LinkedHashMap<String, Object>();
            document.put(
                    "client",
                    Map.of(
                            "id",
                            client.id(),
                            "fullName",
                            client.fullName(),
                            "contact",
                            client.contact() == null ? "" : client.contact(),
                            "dateOfBirth",
                            client.dateOfBirth().toString(),
                            "createdAt",
                            client.createdAt().toString(),
                            "lastVisitAt",
                            client.lastVisitAt() == null
                                    ? ""
                                    : client.lastVisitAt().toString()));
            var all = new ArrayList<Object>();
            for (Intake intake : records.findByClientIdOrderByConfirmedAtAsc(client.id())) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("id", intake.id());
                entry.put("corrects", intake.correctsId());
                entry.put("confirmedName", intake.confirmedName());
                entry.put("confirmedAt", intake.confirmedAt().toString());
                entry.put("storageConsent", intake.storageConsent());
                entry.put("ruleSetVersion", intake.ruleSetVersion());
                entry.put("request", json.readTree(intake.requestJson()));
                entry.put("result", json.readTree(intake.resultJson()));
                entry.put(
                        "notes",
                        notes.findByIntakeIdOrderByWrittenAtAsc(intake.id()).stream()
                                .map(ClientExport::note)
                                .toList());
                all.add(entry);
            }
            document.put("intakes", all);
            document.put(
                    "prefillLinks",
                    prefillLinks.of(therapist, client.id()).stream()
                            .map(this::prefillLink)
                            .toList());
            audit.record(therapist.username(), "CLIENT_EXPORTED", "client " + client.id());
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        });
    }

    private static Map<String, Object> note(IntakeNote note) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("kind", note.kind().name());
        entry.put("author", note.author());
        entry.put("writtenAt", note.writtenAt().toString());
        entry.put(
                "clearedOn", note.clearedOn() == null ? null : note.clearedOn().toString());
        entry.put("text", note.text());
        return entry;
    }

    /** A pre-fill link as the client left it: its times and the answers sent or saved so far. */
    private Map<String, Object> prefillLink(PrefillLink link) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", link.id());
        entry.put("createdAt", link.createdAt().toString());
        entry.put("expiresAt", link.expiresAt().toString());
        entry.put("openedAt", link.openedAt() == null ? null : link.openedAt().toString());
        entry.put(
                "completedAt",
                link.completedAt() == null ? null : link.completedAt().toString());
        entry.put("answers", prefillLinks.answers(link).orElse(null));
        return entry;
    }
}
