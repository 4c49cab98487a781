package app.headsup.intake.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, made at a start when no admin exists ({@code headsup.admin.username} and
 * {@code headsup.admin.password}, or HEADSUP_ADMIN_USERNAME and HEADSUP_ADMIN_PASSWORD); both empty by
 * default. Settings that could never make an account stop the start ({@link FirstAdminException}).
 */
@ConfigurationProperties("headsup.admin")
public record AdminSettings(
        @DefaultValue("") String username, @DefaultValue("") String password) {

    public AdminSettings {
        if (username.isBlank() != password.isEmpty()) {
            throw new FirstAdminException("only one of headsup.admin.username and headsup.admin.password is set; "
                    + "the first admin needs both");
        }
        if (!username.isBlank()) {
            String problem = Accounts.usernameProblem(username);
            if (problem == null) {
                problem = Passwords.problem(password);
            }
            if (problem != null) {
                throw new FirstAdminException(problem);
            }
        }
    }

    boolean given() {
        return !username.isBlank();
    }

    @Override
    public String toString() {
        return "AdminSettings[username=" + username + ", password=" + (password.isEmpty() ? "" : "(hidden)") + "]";
    }
}
