package app.headsup.intake.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TherapistRecords extends JpaRepository<Therapist, Long> {

    Optional<Therapist> findByUsername(String username);

    boolean existsByRole(Role role);

    List<Therapist> findAllByOrderByUsernameAsc();
}
