package com.procurementrisk.access;

import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The browser session of a built-in account: the cookie {@code advisor-session} names a session
 * row ({@link Sessions}); a request without it, or with one that has ended, is anonymous. A page that needs a signed-in user sends the browser to the sign-in
 * form, remembering where it was going ({@link SessionCookies#RETURN}). Replaces Quarkus' form
 * authentication, whose cookie was the session itself, encrypted with a key that, unset, Quarkus
 * made up and wrote to the log, and which no sign-out could end on the server.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    private final boolean singleSignOn;

    SessionMechanism(AdvisorConfig config) {
        this.singleSignOn = config.access().oidc().enabled();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(Sessions.COOKIE);
        if (singleSignOn || cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        SessionRequest request = new SessionRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        // An ended session is anonymous, and its cookie stays: it is worth nothing now, and the CSRF
        // token of this browser stays bound to it, so its open anonymous forms keep working.
        return identities.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    /** A page that needs a signed-in user: to the sign-in form, and back here afterwards. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        SessionCookies.rememberReturn(context);
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/sign-in"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }
}
