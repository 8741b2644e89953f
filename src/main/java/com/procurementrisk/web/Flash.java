package com.procurementrisk.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a form just did, shown once on the page it redirects to (Post/Redirect/Get), as Renarde's
 * flash scope does it: the message travels in a cookie set on the redirect and cleared when the
 * page shows it, never in the address, so a link cannot make a page announce something that did
 * not happen. The cookie is HttpOnly, SameSite=Strict, scoped to the page's path, lasts a minute,
 * and is signed with a key of this process's own: one planted by another page of the same site,
 * or left from before a restart, is ignored. (Behind a load balancer without sticky sessions, a
 * redirect that lands on another replica shows no status line; the change itself is done.)
 */
@ApplicationScoped
public class Flash {

    static final String COOKIE = "advisor-flash";
    private static final int MAX_AGE_SECONDS = 60;
    private static final int MAX_MESSAGE = 1000;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final CurrentVertxRequest request;
    private final SecretKeySpec key;

    Flash(CurrentVertxRequest request) {
        this.request = request;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** A 303 to {@code path} (a path of this site) that shows {@code message} there once. */
    public Response redirect(String path, String message) {
        String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
        RoutingContext ctx = request.getCurrent();
        ctx.response().addCookie(cookie(path, ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "."
                + signature(path, text), MAX_AGE_SECONDS));
        return Response.seeOther(URI.create(path)).build();
    }

    /** The message set for {@code path} by the redirect that led here, once (null when there is none). */
    public String take(String path) {
        RoutingContext ctx = request.getCurrent();
        Cookie cookie = ctx == null ? null : ctx.request().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        ctx.response().addCookie(cookie(path, "", 0));
        String value = cookie.getValue();
        int dot = value.indexOf('.');
        if (dot < 0) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            boolean genuine = MessageDigest.isEqual(signature(path, text).getBytes(StandardCharsets.US_ASCII),
                    value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
            return genuine ? text : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private Cookie cookie(String path, String value, int maxAge) {
        RoutingContext ctx = request.getCurrent();
        return Cookie.cookie(COOKIE, value).setPath(path).setMaxAge(maxAge).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure("https".equals(ctx.request().scheme()));
    }

    /** The message's signature for the page it is meant for. */
    private String signature(String path, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal((path + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
