package app.headsup.intake.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in check: first whether the client's address is paused after too many failed sign-ins, then
 * name and password against the accounts (a name paused after too many failures is reported locked
 * before its password is looked at). A paused address gets the same answer as a wrong password.
 */
@Component
class SignInCheck implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginLimit limit;

    SignInCheck(TherapistRecords therapists, LoginLimit limit, PasswordEncoder encoder) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetails(therapists, limit));
        this.passwords.setPasswordEncoder(encoder);
        this.limit = limit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null
                && limit.addressBlocked(details.getRemoteAddress())) {
            throw new LockedException("too many failed sign-ins from this address");
        }
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
