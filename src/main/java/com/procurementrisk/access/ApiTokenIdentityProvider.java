package com.procurementrisk.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The account behind a personal API token, with its roles as they are now. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiTokens tokens;

    ApiTokenIdentityProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!ApiTokenMechanism.TYPE.equals(request.getToken().getType())) {
            // Another kind of token (an identity provider's access token): someone else's to check.
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> tokens.signIn(request.getToken().getToken())
                .map(AccountIdentity::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
