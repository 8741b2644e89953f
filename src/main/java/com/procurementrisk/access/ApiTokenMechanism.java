package com.procurementrisk.access;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Reads a personal API token from {@code Authorization: Bearer pra_...}. A request without one is
 * left to the other mechanisms (the session cookie); a token that is unknown or revoked is a 401.
 */
@ApplicationScoped
public class ApiTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    /** The credential type of personal tokens, telling them apart from identity providers' tokens. */
    static final String TYPE = "personal";

    private final boolean singleSignOn;

    ApiTokenMechanism(com.procurementrisk.config.AdvisorConfig config) {
        this.singleSignOn = config.access().oidc().enabled();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearer(context);
        if (singleSignOn || token == null || !token.startsWith(ApiTokens.PREFIX)) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(token, TYPE));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    /**
     * A 401 for a request that sent a personal token (an API client); any other request gets the
     * next mechanism's challenge (the browser's redirect to the sign-in page).
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return !singleSignOn && bearer(context) != null ? Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"))
                : Uni.createFrom().nullItem();
    }

    /** Asked before the session cookie, so that a client sending a token is answered as an API client. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    /** The bearer credential of the request, or null when it sends none. */
    private static String bearer(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? null
                : header.substring(BEARER.length()).strip();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
