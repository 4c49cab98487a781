package app.headsup.intake.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * There is no default password. The first admin comes from {@code headsup.admin.username} and
 * {@code headsup.admin.password} (environment HEADSUP_ADMIN_USERNAME and HEADSUP_ADMIN_PASSWORD, or
 * --headsup.admin.username=… on the command line) at a start when no admin exists yet; afterwards
 * the settings are ignored and can be removed. Settings that could never make an account stop the
 * start before the port opens, with a message that says which and why (never the password itself).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    FirstAdmin(Accounts accounts, @Value("${headsup.admin.username:}") String username,
            @Value("${headsup.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
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

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdmin()) {
            return;
        }
        if (username.isBlank()) {
            LOG.warn("No admin account yet: start once with HEADSUP_ADMIN_USERNAME and HEADSUP_ADMIN_PASSWORD set "
                    + "to create one (see the README). The public check works without it.");
            return;
        }
        accounts.create("first-start", username, "Administrator", password, Role.ADMIN);
        LOG.info("Created the first admin account.");
    }
}
