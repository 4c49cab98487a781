package app.headsup.intake.account;

import app.headsup.intake.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages accounts. Passwords are only ever kept as adaptive hashes (bcrypt). */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");

    private final TherapistRecords therapists;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LoginLimit limit;

    Accounts(
            TherapistRecords therapists,
            PasswordEncoder passwords,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            LoginLimit limit) {
        this.limit = limit;
        this.therapists = therapists;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** What is wrong with this user name, in words for the person choosing it, or null when it is fine. */
    public static String usernameProblem(String username) {
        return USERNAME.matcher(normalised(username)).matches()
                ? null
                : "A user name is 3 to 80 letters, digits, dots, dashes or underscores.";
    }

    /** What is wrong with this full name, or null when it is fine. */
    public static String displayNameProblem(String displayName) {
        if (displayName.isBlank()) {
            return "Please give the therapist's full name.";
        }
        return displayName.strip().length() > 200 ? "A full name fits in 200 characters." : null;
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public Therapist create(String actor, String username, String displayName, String password, Role role) {
        String name = normalised(username);
        if (usernameProblem(name) != null) {
            throw new AccountException(usernameProblem(name));
        }
        if (displayNameProblem(displayName) != null) {
            throw new AccountException(displayNameProblem(displayName));
        }
        Passwords.check(password);
        if (therapists.findByUsername(name).isPresent()) {
            throw new AccountException("That user name is taken.");
        }
        var account = therapists.save(
                new Therapist(name, displayName.strip(), passwords.encode(password), role, clock.instant()));
        audit.record(actor, "ACCOUNT_CREATED", "account " + account.id());
        return account;
    }

    /** Switching an account off also signs it out wherever it is signed in ({@link SignOutEverywhere}). */
    @Transactional
    public void setEnabled(String actor, long id, boolean enabled) {
        var account = therapists.findById(id).orElseThrow(() -> new AccountException("No such account."));
        account.setEnabled(enabled);
        audit.record(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account " + id);
        if (!enabled) {
            events.publishEvent(new SignOutEverywhere(account.username(), null));
        }
    }

    /**
     * A signed-in person changes their own password; the current one is asked for, so an open session
     * alone cannot take the account over. A wrong current password counts as a failed sign-in of that name
     * and address (and is audited), so the page cannot be used to guess it; a change signs out every other
     * session of the account, wherever the old password was used.
     */
    @Transactional(noRollbackFor = AccountException.class)
    public void changeOwnPassword(String username, String current, String next, FromSession from) {
        var account = byUsername(username);
        if (limit.blocked(username) || limit.addressBlocked(from.address())) {
            throw new AccountException("Too many wrong passwords: please wait a few minutes and try again.");
        }
        if (!passwords.matches(current, account.passwordHash())) {
            limit.failed(username, from.address());
            audit.record(username, "PASSWORD_CHANGE_REFUSED", "account " + account.id() + ": wrong current password");
            throw new AccountException("The current password is not right.");
        }
        Passwords.check(next);
        if (passwords.matches(next, account.passwordHash())) {
            throw new AccountException("Please choose a password different from the current one.");
        }
        account.setPassword(passwords.encode(next), false);
        audit.record(username, "PASSWORD_CHANGED", "account " + account.id() + "; its other sessions signed out");
        events.publishEvent(new SignOutEverywhere(account.username(), from.sessionId()));
    }

    /**
     * The admin sets a new password for a therapist who lost theirs: it works once, to sign in and choose
     * their own, and every session of the account ends now.
     */
    @Transactional
    public void setPassword(String actor, long id, String password) {
        var account = therapists.findById(id).orElseThrow(() -> new AccountException("No such account."));
        if (account.username().equals(actor)) {
            throw new AccountException("Change your own password under \"Password\", with your current one.");
        }
        Passwords.check(password);
        account.setPassword(passwords.encode(password), true);
        audit.record(actor, "PASSWORD_SET_BY_ADMIN", "account " + id);
        events.publishEvent(new SignOutEverywhere(account.username(), null));
    }

    @Transactional(readOnly = true)
    public List<Therapist> all() {
        return therapists.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public Therapist byUsername(String username) {
        return find(username).orElseThrow(() -> new AccountException("No such account."));
    }

    @Transactional(readOnly = true)
    public Optional<Therapist> find(String username) {
        return therapists.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public Optional<Therapist> find(long id) {
        return therapists.findById(id);
    }

    @Transactional(readOnly = true)
    public boolean hasAdmin() {
        return therapists.existsByRole(Role.ADMIN);
    }
}
