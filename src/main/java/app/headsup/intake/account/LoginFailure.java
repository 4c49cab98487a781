package app.headsup.intake.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One failed sign-in, kept in the database so every app instance counts the same failures: hashes of
 * the name typed and of the address it came from, never the name itself.
 */
@Entity
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String userKey;
    private String addressKey;
    private Instant failedAt;

    protected LoginFailure() {}

    LoginFailure(String userKey, String addressKey, Instant failedAt) {
        this.userKey = userKey;
        this.addressKey = addressKey;
        this.failedAt = failedAt;
    }

    Instant failedAt() {
        return failedAt;
    }
}
