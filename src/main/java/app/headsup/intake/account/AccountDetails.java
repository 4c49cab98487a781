package app.headsup.intake.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Spring Security's view of an account. A name over its failed-login limit is reported as locked,
 * which Spring checks before the password, so guessing gets no answer while it lasts.
 */
class AccountDetails implements UserDetailsService {

    private final TherapistRecords therapists;
    private final LoginLimit limit;

    AccountDetails(TherapistRecords therapists, LoginLimit limit) {
        this.therapists = therapists;
        this.limit = limit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = therapists
                .findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .accountLocked(limit.blocked(username))
                .build();
    }
}
