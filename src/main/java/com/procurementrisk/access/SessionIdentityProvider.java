package com.procurementrisk.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rebuilds the identity of a signed-in session from the session row and the account as they are
 * now (one query): a session that ended, a disabled account or a changed role takes effect on the
 * next request, on every replica. An ended session is anonymous rather than refused, so that the
 * open pages still answer.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    private final Sessions sessions;

    SessionIdentityProvider(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.current(request.cookie())
                .map(AccountIdentity::identity).orElse(null));
    }
}
