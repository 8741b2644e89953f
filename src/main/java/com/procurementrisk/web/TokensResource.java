package com.procurementrisk.web;

import com.procurementrisk.access.ApiTokens;
import com.procurementrisk.advice.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in user's personal API tokens: make one (its value is shown on the answer page,
 * once, and never stored), see them, revoke them.
 */
@Path("/account/tokens")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TokensResource {

    /** A token in the list; {@code expires} null: never; {@code expired} whether that has passed. */
    public record TokenRow(String id, String name, String shown, String created, String revoked, String expires,
                           boolean expired) {
    }

    /**
     * @param fresh a token just made (shown this once), or null
     * @param problem why the last form was refused, or null
     */
    public record TokensView(String user, List<TokenRow> tokens, String fresh, String freshName, String problem,
                             boolean singleSignOn) {

        /** The lifetimes offered on the form, in days; the default one is chosen. */
        public List<Integer> lifetimes() {
            return ApiTokens.LIFETIMES;
        }

        public int defaultLifetime() {
            return ApiTokens.DEFAULT_DAYS;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(TokensView view);
    }

    private static final String LIFETIME_PROBLEM = "Choose how long the token lasts from the list.";

    private final ApiTokens tokens;
    private final SecurityIdentity identity;

    private final boolean singleSignOn;

    TokensResource(ApiTokens tokens, SecurityIdentity identity, com.procurementrisk.config.AdvisorConfig config) {
        this.tokens = tokens;
        this.identity = identity;
        this.singleSignOn = config.access().oidc().enabled();
    }

    @GET
    public TemplateInstance page() {
        return view(null, null, null);
    }

    /** Makes a token and answers with it; there is no redirect, so that the value is never in a URL or a log. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String expires) {
        if (singleSignOn) {
            return Response.status(409).entity(view(null, null, null)).build();
        }
        Optional<Integer> days;
        try {
            days = "never".equals(expires) ? Optional.empty()
                    : Optional.of(expires == null || expires.isBlank() ? ApiTokens.DEFAULT_DAYS : Integer.parseInt(expires));
        } catch (NumberFormatException e) {
            return Response.status(400).entity(view(null, null, LIFETIME_PROBLEM)).build();
        }
        try {
            String token = tokens.create(user(), name, days);
            return Response.status(201).entity(view(token, name.strip(), null))
                    .header("Cache-Control", "no-store").build();
        } catch (InvalidInputException e) {
            boolean lifetime = e.problems().stream().anyMatch(p -> p.field().equals("expires"));
            return Response.status(400).entity(view(null, null, lifetime ? LIFETIME_PROBLEM
                    : "A name of 1 to 100 characters, to recognise the token by.")).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath UUID id) {
        tokens.revoke(user(), id);
        return Response.seeOther(URI.create("/account/tokens")).build();
    }

    private TemplateInstance view(String fresh, String freshName, String problem) {
        List<TokenRow> rows = tokens.of(user()).stream().map(t -> new TokenRow(t.id().toString(), t.name(), t.shown(),
                Formats.when(t.created()), t.revoked() == null ? null : Formats.when(t.revoked()),
                t.expires() == null ? null : Formats.when(t.expires()), t.expired())).toList();
        return Templates.tokens(new TokensView(user(), rows, fresh, freshName, problem, singleSignOn));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
