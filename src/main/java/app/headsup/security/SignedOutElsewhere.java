package app.headsup.security;

import java.io.IOException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/** A session ended from elsewhere (the account was switched off): the sign-in is already gone. */
class SignedOutElsewhere implements SessionInformationExpiredStrategy {

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        SignedOutAnswer.send(event.getRequest(), event.getResponse());
    }
}
