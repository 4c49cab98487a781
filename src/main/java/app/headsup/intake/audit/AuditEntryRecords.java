package app.headsup.intake.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRecords extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectOrderByAtAsc(String subject);

    List<AuditEntry> findByActionOrderByAtAsc(String action);
}
