package app.headsup.intake.account;

/** The first-admin settings can never make an account: the application does not start. */
public class FirstAdminException extends RuntimeException {

    public FirstAdminException(String problem) {
        super("The first-admin settings (HEADSUP_ADMIN_USERNAME, HEADSUP_ADMIN_PASSWORD) cannot make an account: "
                + problem);
    }
}
