package com.procurementrisk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * Signing in with a built-in account (the form posts to Quarkus' {@code /j_security_check},
 * which sets an encrypted, HttpOnly, SameSite=Lax session cookie) and signing out.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        /** @param failed whether the last attempt was refused */
        static native TemplateInstance signIn(boolean failed, boolean signedIn, String username);

        /** Asks before signing out (for pages that cannot carry the sign-out form, such as error pages). */
        static native TemplateInstance signOut(boolean signedIn, String username);
    }

    private final SecurityIdentity identity;

    SignInResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("sign-in")
    public Response page(@RestQuery boolean failed) {
        return Response.status(failed ? 401 : 200).entity(Templates.signIn(failed, !identity.isAnonymous(),
                identity.isAnonymous() ? null : identity.getPrincipal().getName())).build();
    }

    @GET
    @Path("sign-out")
    public TemplateInstance confirmSignOut() {
        return Templates.signOut(!identity.isAnonymous(), identity.isAnonymous() ? null
                : identity.getPrincipal().getName());
    }

    /** Ends the session (the cookie is removed) and goes back to the start page. */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/")).build();
    }
}
