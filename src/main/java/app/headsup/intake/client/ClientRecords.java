package app.headsup.intake.client;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRecords extends JpaRepository<Client, Long> {

    List<Client> findByTherapistIdOrderByFullNameAsc(long therapistId);

    Optional<Client> findByIdAndTherapistId(long id, long therapistId);
}
