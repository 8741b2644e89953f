package com.procurementrisk.access;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.scoring.FieldProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens: an account makes one (it is shown once), integrations send it as
 * {@code Authorization: Bearer pra_...} and act as that account, and it stops working when it
 * expires (after {@link #DEFAULT_DAYS} days unless its owner chose otherwise, "never" included),
 * when revoked, when the account's password is reset, or while the account is disabled. Only a
 * SHA-256 hash is stored: the token carries 256 random bits, so a slow hash would add nothing.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** Every token starts with this, so that it can be recognised (and found by secret scanners). */
    public static final String PREFIX = "pra_";
    /** How long a token lasts unless its owner chooses another lifetime. */
    public static final int DEFAULT_DAYS = 90;
    /** The lifetimes an owner may choose from, in days; "never" is chosen as no lifetime. */
    public static final List<Integer> LIFETIMES = List.of(7, 30, DEFAULT_DAYS, 365);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner sees it in the list (never its value); {@code expires} null: never. */
    public record TokenView(UUID id, String name, String shown, OffsetDateTime created, OffsetDateTime revoked,
                            OffsetDateTime expires) {

        /** Whether it has expired (revoked ones are shown as revoked). */
        public boolean expired() {
            return expires != null && !expires.isAfter(OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    private final Accounts accounts;
    private final AuditLog audit;

    ApiTokens(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Makes a token for the account, lasting {@link #DEFAULT_DAYS} days; the value is returned this once. */
    public String create(String username, String name) {
        return create(username, name, Optional.of(DEFAULT_DAYS));
    }

    /**
     * Makes a token for the account, lasting {@code days} (one of {@link #LIFETIMES}; empty: until
     * revoked); the value is returned this once and never again.
     */
    public String create(String username, String name, Optional<Integer> days) {
        AccountEntity account = AccountEntity.named(username).orElseThrow();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException(List.of(new FieldProblem("name", "1 to 100 characters.")));
        }
        if (days.isPresent() && !LIFETIMES.contains(days.get())) {
            throw new InvalidInputException(List.of(new FieldProblem("expires", "One of " + LIFETIMES
                    + " days, or never.")));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiTokenEntity t = new ApiTokenEntity();
        t.id = UUID.randomUUID();
        t.accountId = account.id;
        t.name = label;
        t.tokenHash = hash(token);
        t.shown = token.substring(0, 10);
        t.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        t.expiresAt = days.map(d -> t.createdAt.plusDays(d)).orElse(null);
        t.persist();
        audit.record("token.created", account.username, label + " (" + t.shown + "...), "
                + days.map(d -> "expires in " + d + " days").orElse("never expires"));
        return token;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> of(String username) {
        return AccountEntity.named(username).map(a -> ApiTokenEntity.<ApiTokenEntity>list("accountId",
                        Sort.descending("createdAt"), a.id).stream()
                .map(t -> new TokenView(t.id, t.name, t.shown, t.createdAt, t.revokedAt, t.expiresAt)).toList())
                .orElse(List.of());
    }

    /** Revokes one of the account's own tokens; another account's token is not found. */
    public void revoke(String username, UUID id) {
        AccountEntity account = AccountEntity.named(username).orElseThrow();
        ApiTokenEntity t = ApiTokenEntity.<ApiTokenEntity>findByIdOptional(id).filter(x -> x.accountId.equals(account.id))
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("token", "No such token."))));
        if (t.revokedAt == null) {
            t.revokedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            audit.record("token.revoked", account.username, t.name + " (" + t.shown + "...)");
        }
    }

    /** Revokes every token of the account that still works (after a password reset), saying why in the audit log. */
    void revokeAll(UUID accountId, String why) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long revoked = ApiTokenEntity.update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", now, accountId);
        if (revoked > 0) {
            AccountEntity.<AccountEntity>findByIdOptional(accountId).ifPresent(a -> audit.record("token.revoked",
                    a.username, "every token (" + revoked + "): " + why));
        }
    }

    /** The account a token belongs to, when the token is known, not revoked, not expired and its account enabled. */
    public Optional<SignedIn> signIn(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return ApiTokenEntity.<ApiTokenEntity>find("tokenHash", hash(token)).firstResultOptional()
                .filter(t -> t.revokedAt == null && (t.expiresAt == null || t.expiresAt.isAfter(now)))
                .flatMap(t -> AccountEntity.<AccountEntity>findByIdOptional(t.accountId))
                .flatMap(a -> accounts.current(a.username));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
