package com.procurementrisk.http;

import com.procurementrisk.config.AdvisorConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Signed CSRF tokens. The CSRF filter (quarkus-rest-csrf) checks that a form's token matches
 * its cookie; on its own it accepts any pair, so a cookie planted by someone else (another
 * site on the same domain, a network attacker over plain HTTP) together with a field of the
 * same value would pass. Here every token is 16 random bytes followed by the first 16 bytes of
 * their HMAC-SHA256 under {@code advisor.csrf.key} (ADVISOR_CSRF_KEY): a request without such a
 * cookie gets one minted here before the filter looks (and keeps it: a token stays the same
 * across pages and tabs while the cookie lives), and a form posted with a cookie this server did
 * not sign loses that cookie, so the filter refuses it like a missing one (the "form expired"
 * page). The sign-in form's post ({@code /j_security_check}, Quarkus' form mechanism, outside
 * the CSRF filter) is refused when the browser says another site started it. (Quarkus' own {@code token-signature-key} would make a new token on every page and
 * invalidate the forms of every other open tab.)
 */
@ApplicationScoped
public class CsrfTokens {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int RANDOM = 16;
    /** Quarkus' form sign-in, which the CSRF filter does not see. */
    static final String SIGN_IN = "/j_security_check";

    private final String cookieName;
    private final Duration maxAge;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
               @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age") Duration maxAge,
               AdvisorConfig config) {
        this.cookieName = cookieName;
        this.maxAge = maxAge;
        if (config.csrf().key().length() < 32) {
            throw new IllegalStateException("ADVISOR_CSRF_KEY (advisor.csrf.key) needs at least 32 characters");
        }
        this.key = new SecretKeySpec(config.csrf().key().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    void install(@Observes @Priority(3) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (SIGN_IN.equals(ctx.normalizedPath()) && fromElsewhere(ctx)) {
            // Login CSRF: a page elsewhere must not sign a visitor in (as someone else).
            ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain;charset=UTF-8")
                    .end("Sign in from this site's own sign-in page.");
            return;
        }
        Cookie cookie = ctx.request().getCookie(cookieName);
        boolean valid = cookie != null && signed(cookie.getValue());
        if (!valid && cookie != null) {
            ctx.response().removeCookie(cookieName, false);
        }
        if (!valid && SAFE_METHODS.contains(ctx.request().method().name())) {
            // Seen by the CSRF filter as the browser's own cookie: it uses it and sets it again.
            // (Where no REST resource answers, it keeps these attributes.)
            ctx.response().addCookie(Cookie.cookie(cookieName, mint()).setPath("/").setHttpOnly(true)
                    .setSecure(ctx.request().isSSL()).setMaxAge(maxAge.toSeconds()).setSameSite(CookieSameSite.STRICT));
        }
        ctx.next();
    }

    /**
     * Whether a browser says the request was started by a page of another origin (Sec-Fetch-Site,
     * sent by every current browser; a same-site page is another origin too).
     */
    static boolean fromElsewhere(RoutingContext ctx) {
        String site = ctx.request().getHeader("Sec-Fetch-Site");
        return "cross-site".equals(site) || "same-site".equals(site);
    }

    String mint() {
        byte[] token = new byte[RANDOM * 2];
        byte[] nonce = new byte[RANDOM];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, token, 0, RANDOM);
        System.arraycopy(mac(nonce), 0, token, RANDOM, RANDOM);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    boolean signed(String value) {
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (token.length != RANDOM * 2) {
            return false;
        }
        byte[] expected = Arrays.copyOf(mac(Arrays.copyOf(token, RANDOM)), RANDOM);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(token, RANDOM, RANDOM * 2));
    }

    private byte[] mac(byte[] nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
