package app.headsup.intake.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final AdminSettings admin;

    FirstAdmin(Accounts accounts, AdminSettings admin) {
        this.accounts = accounts;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdmin()) {
            return;
        }
        if (!admin.given()) {
            LOG.warn("No admin account yet: start once with HEADSUP_ADMIN_USERNAME and HEADSUP_ADMIN_PASSWORD set "
                    + "to create one (see docs/therapists.md). The public check works without it.");
            return;
        }
        accounts.create("first-start", admin.username(), "Administrator", admin.password(), Role.ADMIN);
        LOG.info("Created the first admin account.");
    }
}
