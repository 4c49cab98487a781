package app.headsup.intake.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.headsup.HeadsUpApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Passwords of 12 to 72 bytes, refused with a clear message otherwise (never bcrypt's exception); a
 * therapist changes their own with the current one; the admin sets one that must be changed; first-admin
 * settings that could never make an account stop the start.
 */
@SpringBootTest
class PasswordsTest {

    private static final FromSession HERE = new FromSession("192.0.2.1", "this-session");

    @Autowired
    Accounts accounts;

    @Autowired
    LoginLimit limit;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String name() {
        return "pw-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void tooShortOrLongerThanBcryptReadsIsRefusedWithAClearMessage() {
        assertThat(Passwords.problem("twelve-chars")).isNull();
        assertThat(Passwords.problem("x".repeat(72))).isNull();
        assertThat(Passwords.problem("x".repeat(11))).contains("at least 12 characters");
        assertThat(Passwords.problem("x".repeat(73))).contains("at most 72 bytes");
        assertThat(Passwords.problem("é".repeat(40)))
                .as("80 bytes in 40 letters")
                .contains("at most 72 bytes");
        // One of the most common passwords, in any case, however long: refused, with a word why.
        assertThat(Passwords.problem("qwerty123456")).contains("most common passwords");
        assertThat(Passwords.problem("QWERTY123456")).contains("most common passwords");
        assertThat(Passwords.problem("qwerty123456-mine")).isNull();
        assertThatThrownBy(() -> accounts.create("test", name(), "Common", "1qaz2wsx3edc", Role.THERAPIST))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("most common");
        assertThatThrownBy(() -> accounts.create("test", name(), "Long", "x".repeat(80), Role.THERAPIST))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("at most 72 bytes");
    }

    @Test
    void aTherapistChangesTheirOwnPasswordWithTheCurrentOne() {
        var account = accounts.create("test", name(), "Own", "first-password-1", Role.THERAPIST);
        assertThatThrownBy(() ->
                        accounts.changeOwnPassword(account.username(), "not-the-current", "second-password", HERE))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> accounts.changeOwnPassword(account.username(), "first-password-1", "short", HERE))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("at least 12");
        accounts.changeOwnPassword(account.username(), "first-password-1", "second-password-2", HERE);
        assertThatThrownBy(() ->
                        accounts.changeOwnPassword(account.username(), "first-password-1", "third-password", HERE))
                .isInstanceOf(AccountException.class);
    }

    /** The Password page is no way around the sign-in's limit: each wrong current password counts, and is audited. */
    @Test
    void wrongCurrentPasswordsCountLikeFailedSignInsAndAreAudited() {
        var account = accounts.create("test", name(), "Guessed", "first-password-1", Role.THERAPIST);
        var from = new FromSession("192.0.2." + (10 + (int) (Math.random() * 200)), "a-session");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() ->
                            accounts.changeOwnPassword(account.username(), "guess-number-x", "new-password-12", from))
                    .isInstanceOf(AccountException.class)
                    .hasMessageContaining("current password");
        }
        assertThat(limit.blocked(account.username())).isTrue();
        // Now even the right one waits, as at the sign-in.
        assertThatThrownBy(() ->
                        accounts.changeOwnPassword(account.username(), "first-password-1", "new-password-12", from))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("Too many wrong passwords");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PASSWORD_CHANGE_REFUSED' and actor = ?",
                        Long.class,
                        account.username()))
                .isEqualTo(5L);
    }

    @Test
    void theAdminSetsAPasswordThatMustBeChangedAtTheNextSignIn() {
        var admin = accounts.create("test", name(), "Admin", "admin-password-1", Role.ADMIN);
        var account = accounts.create("test", name(), "Lost", "lost-password-1", Role.THERAPIST);
        accounts.setPassword(admin.username(), account.id(), "given-by-admin-1");
        assertThat(accounts.byUsername(account.username()).mustChangePassword()).isTrue();
        assertThatThrownBy(() -> accounts.setPassword(admin.username(), admin.id(), "my-own-new-password"))
                .isInstanceOf(AccountException.class);
        accounts.changeOwnPassword(account.username(), "given-by-admin-1", "chosen-by-them-1", HERE);
        assertThat(accounts.byUsername(account.username()).mustChangePassword()).isFalse();
    }

    @Test
    void firstAdminSettingsThatCanNeverMakeAnAccountStopTheStartBeforeThePortOpens() {
        var app = new SpringApplication(HeadsUpApplication.class);
        String password = "x".repeat(80);
        assertThatThrownBy(() -> app.run(
                        "--server.port=0",
                        "--headsup.admin.username=admin",
                        "--headsup.admin.password=" + password,
                        "--spring.datasource.url=jdbc:h2:mem:first-admin-" + UUID.randomUUID()))
                .hasRootCauseInstanceOf(FirstAdminException.class)
                .rootCause()
                .message()
                .contains("at most 72 bytes")
                .doesNotContain(password);
        for (String[] settings :
                new String[][] {{"admin", "short"}, {"a", "long-enough-pw"}, {"admin", ""}, {"", "long-enough-pw"}}) {
            assertThatThrownBy(() -> new AdminSettings(settings[0], settings[1]))
                    .as(String.join(" / ", settings))
                    .isInstanceOf(FirstAdminException.class);
        }
    }
}
