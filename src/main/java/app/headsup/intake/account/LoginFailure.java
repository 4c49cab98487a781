package app.headsup.intake.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One failed sign-in, kept in the database so every app instance counts the same failures. */
@Entity
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String userKey;
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String userKey, Instant failedAt) {
        this.userKey = userKey;
        this.failedAt = failedAt;
    }
}
