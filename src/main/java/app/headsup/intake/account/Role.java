package app.headsup.intake.account;

/** What an account may do: a therapist keeps clients and intakes; an admin manages accounts. */
public enum Role {
    THERAPIST,
    ADMIN
}
