package app.headsup.intake.account;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.headsup.intake.audit.AuditLog;

/** Creates and manages accounts. Passwords are only ever kept as adaptive hashes (bcrypt). */
@Service
public class Accounts {

    /** Long enough to resist guessing, short enough to type; no other composition rules (NIST 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");

    private final Therapists therapists;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(Therapists therapists, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.therapists = therapists;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Therapist create(String actor, String username, String displayName, String password, Role role) {
        String name = username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("A user name is 3 to 80 letters, digits, dots, dashes or underscores.");
        }
        if (displayName.isBlank() || displayName.length() > 200) {
            throw new AccountException("Please give a name of up to 200 characters.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (therapists.findByUsername(name).isPresent()) {
            throw new AccountException("That user name is taken.");
        }
        var account = therapists.save(new Therapist(name, displayName.strip(), passwords.encode(password), role,
                clock.instant()));
        audit.record(actor, "ACCOUNT_CREATED", "account " + account.id());
        return account;
    }

    @Transactional
    public void setEnabled(String actor, long id, boolean enabled) {
        var account = therapists.findById(id).orElseThrow(() -> new AccountException("No such account."));
        account.setEnabled(enabled);
        audit.record(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account " + id);
    }

    @Transactional(readOnly = true)
    public List<Therapist> all() {
        return therapists.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public Therapist byUsername(String username) {
        return therapists.findByUsername(username).orElseThrow(() -> new AccountException("No such account."));
    }

    @Transactional(readOnly = true)
    public boolean hasAdmin() {
        return therapists.existsByRole(Role.ADMIN);
    }
}
