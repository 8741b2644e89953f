package com.procurementrisk.http;

import com.procurementrisk.access.SessionCookies;
import com.procurementrisk.access.Sessions;
import com.procurementrisk.config.AdvisorConfig;
import com.procurementrisk.config.InstanceSecrets;
import io.quarkus.runtime.StartupEvent;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Signed CSRF tokens, bound to the browser's session. The CSRF filter (quarkus-rest-csrf) checks
 * that a form's token matches its cookie; on its own it accepts any pair, so a cookie planted by
 * someone else (a page on another port or subdomain of the same site, a network attacker over
 * plain HTTP) together with a field of the same value would pass. Here every token is 16 random
 * bytes followed by the first 16 bytes of HMAC-SHA256, under {@code advisor.csrf.key}, of those
 * bytes and the SHA-256 of the session cookie the browser sends (nothing when it sends none). A
 * request without a token valid for its own session gets one minted here before the filter looks
 * (and keeps it: a token stays the same across pages and tabs of one session), and a form posted
 * with a token signed for no session or another session loses that cookie, so the filter refuses
 * it like a missing one (the "form expired" page). A token fetched anonymously and planted by a
 * same-site page therefore passes for nobody who is signed in; after signing in, the first page
 * gets a token of the new session.
 * <p>
 * Also refused here, before anything reads the body: a state-changing request that the browser
 * says another site started ({@code Sec-Fetch-Site: same-site} or {@code cross-site}) or whose
 * {@code Origin} is another origin (or {@code null}, which a browser sends for a post from another
 * origin under this site's referrer policy); this covers the sign-in form's post too (login CSRF),
 * which carries no token. (Quarkus' own {@code token-signature-key} would make a new token on
 * every page and invalidate the forms of every other open tab.)
 * <p>
 * The key: {@code ADVISOR_CSRF_KEY} when set (the same on every replica), otherwise one made once
 * and kept in the database ({@link InstanceSecrets}), so that every replica and every restart
 * signs alike without configuration, and no key is ever in a log.
 */
@ApplicationScoped
public class CsrfTokens {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int RANDOM = 16;
    private static final String KEY_NAME = "csrf-key";

    private final String cookieName;
    private final Duration maxAge;
    private final Optional<String> configuredKey;
    private final Optional<String> publicOrigin;
    private final InstanceSecrets secrets;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    CsrfTokens(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
               @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age") Duration maxAge,
               AdvisorConfig config, InstanceSecrets secrets) {
        this.cookieName = cookieName;
        this.maxAge = maxAge;
        this.configuredKey = config.csrf().key().filter(k -> !k.isBlank());
        if (configuredKey.filter(k -> k.length() < 32).isPresent()) {
            throw new IllegalStateException("ADVISOR_CSRF_KEY (advisor.csrf.key) needs at least 32 characters");
        }
        this.publicOrigin = config.publicUrl().filter(u -> !u.isBlank()).map(CsrfTokens::origin);
        this.secrets = secrets;
    }

    /** Reads (or makes) the key once the database is migrated. */
    void loadKey(@Observes StartupEvent start) {
        String secret = configuredKey.orElseGet(() -> secrets.readOrCreate(KEY_NAME));
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    void install(@Observes @Priority(3) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        boolean safe = SAFE_METHODS.contains(ctx.request().method().name());
        if (!safe && fromElsewhere(ctx)) {
            // Login CSRF and forged forms: a page elsewhere must not sign a visitor in or act for them.
            ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain;charset=UTF-8")
                    .end(SessionCookies.SIGN_IN.equals(ctx.normalizedPath())
                            ? "Sign in from this site's own sign-in page."
                            : "Refused: this request was started by a page of another site. Use this site's own pages.");
            return;
        }
        if (key == null) {
            // Only in the moment between the server opening and the start-up finishing.
            ctx.response().setStatusCode(503).putHeader("Retry-After", "1").end();
            return;
        }
        byte[] session = session(ctx);
        Cookie cookie = ctx.request().getCookie(cookieName);
        boolean valid = cookie != null && signed(cookie.getValue(), session);
        if (!valid && cookie != null) {
            ctx.response().removeCookie(cookieName, false);
        }
        if (!valid && safe) {
            // Seen by the CSRF filter as the browser's own cookie: it uses it and sets it again.
            // (Where no REST resource answers, it keeps these attributes.)
            ctx.response().addCookie(Cookie.cookie(cookieName, mint(session)).setPath("/").setHttpOnly(true)
                    .setSecure(ctx.request().isSSL()).setMaxAge(maxAge.toSeconds()).setSameSite(CookieSameSite.STRICT));
        }
        ctx.next();
    }

    /**
     * Whether a browser says the request was started by a page of another origin: Sec-Fetch-Site
     * (sent by every current browser; a same-site page is another origin too), or an Origin header
     * that is not this application's.
     */
    boolean fromElsewhere(RoutingContext ctx) {
        String site = ctx.request().getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return true;
        }
        String origin = ctx.request().getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = ctx.request().scheme() + "://" + ctx.request().authority();
        return !origin.equalsIgnoreCase(own) && publicOrigin.filter(origin::equalsIgnoreCase).isEmpty();
    }

    /** The SHA-256 of the browser's session cookie, or nothing when it sends none. */
    static byte[] session(RoutingContext ctx) {
        Cookie session = ctx.request().getCookie(Sessions.COOKIE);
        if (session == null || session.getValue().isEmpty()) {
            return new byte[0];
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(session.getValue().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String mint(byte[] session) {
        byte[] token = new byte[RANDOM * 2];
        byte[] nonce = new byte[RANDOM];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, token, 0, RANDOM);
        System.arraycopy(mac(nonce, session), 0, token, RANDOM, RANDOM);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    boolean signed(String value, byte[] session) {
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (token.length != RANDOM * 2) {
            return false;
        }
        byte[] expected = Arrays.copyOf(mac(Arrays.copyOf(token, RANDOM), session), RANDOM);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(token, RANDOM, RANDOM * 2));
    }

    private byte[] mac(byte[] nonce, byte[] session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(nonce);
            return mac.doFinal(session);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The origin (scheme, host and port) of an address. */
    private static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
