package com.procurementrisk.web;

import com.procurementrisk.access.Sessions;
import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * Signing in with a built-in account (the form posts to {@code /j_security_check}, answered by
 * {@link SignInForm}, which starts a server-side session) or, with single sign-on, at the identity
 * provider; and signing out, which ends the session on the server.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        /**
         * @param failed    whether the last attempt was refused
         * @param throttled whether it was refused for too many attempts
         */
        static native TemplateInstance signIn(boolean failed, boolean throttled, boolean signedIn, String username);

        /** Asks before signing out (for pages that cannot carry the sign-out form, such as error pages). */
        static native TemplateInstance signOut(boolean signedIn, String username);
    }

    private final SecurityIdentity identity;
    private final Sessions sessions;
    private final boolean singleSignOn;

    SignInResource(SecurityIdentity identity, Sessions sessions, AdvisorConfig config) {
        this.identity = identity;
        this.sessions = sessions;
        this.singleSignOn = config.access().oidc().enabled();
    }

    /**
     * The sign-in form; with single sign-on, the way to the identity provider. After too many
     * attempts it says so, with no number or text from the address.
     */
    @GET
    @Path("sign-in")
    public Response page(@RestQuery boolean failed, @RestQuery boolean throttled) {
        if (singleSignOn && identity.isAnonymous()) {
            return Response.seeOther(URI.create("/sign-in/sso")).build();
        }
        int status = throttled ? 429 : failed ? 401 : 200;
        return Response.status(status).entity(Templates.signIn(failed && !throttled, throttled,
                !identity.isAnonymous(), identity.isAnonymous() ? null : identity.getPrincipal().getName())).build();
    }

    /**
     * Reached only once the identity provider has signed the user in (the path needs its
     * authorization-code sign-in): back to the start page, signed in.
     */
    @GET
    @Path("sign-in/sso")
    public Response signedInAtProvider() {
        return Response.seeOther(URI.create("/")).build();
    }

    /**
     * Where signing out of a single sign-on session goes: Quarkus ends the local session and sends
     * the browser to the provider's sign-out, which comes back to the start page. Reached only
     * when there is no such session any more.
     */
    @GET
    @Path("sign-out/sso")
    public Response signedOutAtProvider() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("sign-out")
    public TemplateInstance confirmSignOut() {
        return Templates.signOut(!identity.isAnonymous(), identity.isAnonymous() ? null
                : identity.getPrincipal().getName());
    }

    /**
     * Ends the session on the server (a copy of the cookie is refused from now on, on every
     * replica), removes the cookie and goes back to the start page.
     */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@RestCookie(Sessions.COOKIE) String session) {
        if (identity.getPrincipal() instanceof JsonWebToken) {
            return Response.seeOther(URI.create("/sign-out/sso")).build();
        }
        if (session == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        sessions.end(session);
        return Response.seeOther(URI.create("/")).cookie(new NewCookie.Builder(Sessions.COOKIE).value("").path("/")
                .maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build()).build();
    }
}
