package com.procurementrisk.access;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cookies of a built-in sign-in: the session ({@link Sessions#COOKIE}: HttpOnly,
 * SameSite=Lax, Path=/, Secure whenever the request came over HTTPS, directly or through a trusted
 * proxy; no Max-Age, so the browser forgets it when it closes) and where to go back to after
 * signing in ({@link #RETURN}: HttpOnly, SameSite=Strict, sent only with the sign-in post).
 */
public final class SessionCookies {

    /** Where the sign-in form posts (the name Quarkus' form authentication used, kept for clients that post there). */
    public static final String SIGN_IN = "/j_security_check";
    /** Where a page that asked for sign-in sends the browser back to. */
    public static final String RETURN = "advisor-return";
    private static final long RETURN_SECONDS = 15 * 60;

    private SessionCookies() {
    }

    /** Gives the browser its new session. */
    public static void set(RoutingContext ctx, String value) {
        ctx.response().addCookie(Cookie.cookie(Sessions.COOKIE, value).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(ctx.request().isSSL()));
    }

    /** Remembers the page asked for (a GET), to go back to once signed in. */
    static void rememberReturn(RoutingContext ctx) {
        if (!"GET".equals(ctx.request().method().name())) {
            return;
        }
        String uri = ctx.request().uri();
        if (safe(uri)) {
            ctx.response().addCookie(returnCookie(ctx, Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(uri.getBytes(StandardCharsets.UTF_8))).setMaxAge(RETURN_SECONDS));
        }
    }

    /**
     * Where to go once signed in: the page remembered, when it is a path of this application
     * (never another site), or the start page; the remembered page is forgotten.
     */
    public static String takeReturn(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(RETURN);
        if (cookie == null) {
            return "/";
        }
        ctx.response().addCookie(returnCookie(ctx, "").setMaxAge(0));
        try {
            String uri = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
            return safe(uri) ? uri : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static Cookie returnCookie(RoutingContext ctx, String value) {
        return Cookie.cookie(RETURN, value).setPath(SIGN_IN).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(ctx.request().isSSL());
    }

    /** A path of this application: not another host ({@code //host}, {@code /\host}), no control characters. */
    private static boolean safe(String uri) {
        return uri != null && uri.startsWith("/") && !uri.startsWith("//") && !uri.startsWith("/\\")
                && uri.length() < 2000 && uri.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
