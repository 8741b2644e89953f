package com.procurementrisk.access;

import com.procurementrisk.config.AdvisorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Browser sessions of built-in accounts, kept in the database so that every replica sees a
 * sign-out or a password reset on the next request. The cookie carries 256 random bits; only
 * their SHA-256 hash is stored (as for API tokens, a slow hash would add nothing). A session ends
 * after {@code advisor.session.idle-timeout} without a request and, however busy,
 * {@code advisor.session.lifetime} after sign-in. The last use is written at most once a
 * {@link #TOUCH_INTERVAL}, not on every request.
 */
@ApplicationScoped
public class Sessions {

    /** The session cookie. */
    public static final String COOKIE = "advisor-session";
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session, its account and every workspace role of it, in one query. */
    private static final String CURRENT = "select s, a.username, a.disabledAt, w.name, m.role, a.instanceAdmin from SessionEntity s "
            + "join AccountEntity a on a.id = s.accountId "
            + "left join MembershipEntity m on m.key.accountId = a.id "
            + "left join WorkspaceEntity w on w.id = m.key.workspaceId where s.tokenHash = ?1";

    private final Duration idleTimeout;
    private final Duration lifetime;

    Sessions(AdvisorConfig config) {
        this.idleTimeout = config.session().idleTimeout();
        this.lifetime = config.session().lifetime();
    }

    /** Starts a session of the account; the cookie's value is returned this once. */
    @Transactional
    public String start(UUID accountId) {
        OffsetDateTime now = now();
        // Ended sessions are left behind by browsers that never sign out: sweep them here.
        SessionEntity.delete("expiresAt <= ?1 or lastSeenAt <= ?2", now, now.minus(idleTimeout));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SessionEntity s = new SessionEntity();
        s.id = UUID.randomUUID();
        s.tokenHash = ApiTokens.hash(value);
        s.accountId = accountId;
        s.createdAt = now;
        s.lastSeenAt = now;
        s.expiresAt = now.plus(lifetime);
        s.persist();
        return value;
    }

    /**
     * The account signed in with this cookie's value, with its roles as they are now; empty when
     * the session is unknown, has ended, or its account is disabled.
     */
    @Transactional
    public Optional<SignedIn> current(String cookie) {
        if (cookie == null || cookie.isBlank() || cookie.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = SessionEntity.getEntityManager().createQuery(CURRENT, Object[].class)
                .setParameter(1, ApiTokens.hash(cookie)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SessionEntity session = (SessionEntity) rows.get(0)[0];
        OffsetDateTime now = now();
        if (!session.expiresAt.isAfter(now) || !session.lastSeenAt.plus(idleTimeout).isAfter(now)) {
            session.delete();
            return Optional.empty();
        }
        if (rows.get(0)[2] != null) {
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now)) {
            session.lastSeenAt = now;
        }
        Map<String, Role> workspaces = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[3] != null) {
                workspaces.put((String) row[3], Role.of((String) row[4]));
            }
        }
        return Optional.of(new SignedIn((String) rows.get(0)[1], workspaces, (Boolean) rows.get(0)[5]));
    }

    /** Ends the session of this cookie's value (signing out). */
    @Transactional
    public void end(String cookie) {
        if (cookie != null && !cookie.isBlank()) {
            SessionEntity.delete("tokenHash", ApiTokens.hash(cookie));
        }
    }

    /** Ends every session of the account, on every replica from its next request. */
    @Transactional
    void endAll(UUID accountId) {
        SessionEntity.delete("accountId", accountId);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
