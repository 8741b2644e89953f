package com.procurementrisk.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.procurementrisk.config.AdvisorConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per (kind, user) and per (kind, client address), each holding a minute's
 * allowance and refilled evenly over the minute (Bucket4j); sign-in attempts have buckets of their
 * own per account and per address, refilled over {@code advisor.rate-limit.sign-in-period}. The
 * buckets live in a Caffeine map bounded by {@code advisor.rate-limit.max-tracked}; one unused for
 * two of its periods is full again anyway, so it is dropped. Per replica: behind a load balancer each replica counts its own share.
 */
@ApplicationScoped
public class RateLimits {

    /** What a request spends. */
    public enum Kind {
        WRITE("writes"), SCORING("scorings");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private static final Duration PERIOD = Duration.ofMinutes(1);
    private static final String SIGN_INS = "Too many sign-in attempts ";

    private final AdvisorConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    RateLimits(AdvisorConfig config) {
        this.config = config.rateLimit();
        // A bucket unused for longer than its period is full again anyway, so it is dropped.
        Duration longest = this.config.signInPeriod().compareTo(PERIOD) > 0 ? this.config.signInPeriod() : PERIOD;
        this.buckets = Caffeine.newBuilder().maximumSize(Math.max(1, this.config.maxTracked()))
                .expireAfterAccess(longest.multipliedBy(2)).build();
    }

    /**
     * Spends one request of {@code kind} from the address's bucket and, for a signed-in user,
     * from the user's; throws when either is empty (the user's limit is checked first, so one
     * busy user does not use up the address's allowance for others behind the same address).
     */
    public void spend(Kind kind, Optional<String> user, String address) {
        if (!config.enabled()) {
            return;
        }
        Bucket userBucket = null;
        if (user.isPresent()) {
            userBucket = take(kind, "user " + user.get(),
                    kind == Kind.WRITE ? config.writesPerUser() : config.scoringsPerUser(), "this account");
        }
        try {
            take(kind, "address " + address,
                    kind == Kind.WRITE ? config.writesPerAddress() : config.scoringsPerAddress(), "your network address");
        } catch (RateLimitedException e) {
            if (userBucket != null) {
                userBucket.addTokens(1); // refused: the user's allowance is not spent on it
            }
            throw e;
        }
    }

    /**
     * Spends one sign-in attempt from the account's bucket (whatever the address: ASVS 2.2.1) and
     * from the address's (whatever the account); throws when either is empty, spending nothing.
     * A successful sign-in gives its attempt back ({@link #signedIn}), so only refused attempts
     * count. The account's bucket refills evenly, so throttling slows guessing down without locking
     * the owner out for good.
     */
    public void spendSignIn(String account, String address) {
        if (!config.enabled()) {
            return;
        }
        Bucket accountBucket = take(signInKey("account", account), config.signInsPerAccount(),
                config.signInPeriod(), SIGN_INS + "for this account");
        try {
            take(signInKey("address", address), config.signInsPerAddress(), config.signInPeriod(),
                    SIGN_INS + "from your network address");
        } catch (RateLimitedException e) {
            accountBucket.addTokens(1);
            throw e;
        }
    }

    /** Gives back the attempt of a successful sign-in. */
    public void signedIn(String account, String address) {
        if (config.enabled()) {
            bucket(signInKey("account", account), config.signInsPerAccount(), config.signInPeriod()).addTokens(1);
            bucket(signInKey("address", address), config.signInsPerAddress(), config.signInPeriod()).addTokens(1);
        }
    }

    private static String signInKey(String kind, String who) {
        return "sign-in " + kind + " " + who.toLowerCase(Locale.ROOT);
    }

    private Bucket take(Kind kind, String who, int perMinute, String words) {
        Bucket bucket = bucket(kind + " " + who, perMinute, PERIOD);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return bucket;
        } else {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new RateLimitedException("Too many " + kind.words + " from " + words + ": at most " + perMinute
                    + " a minute. Try again in " + seconds + " seconds.", seconds);
        }
    }

    private Bucket take(String key, int capacity, Duration period, String words) {
        Bucket bucket = bucket(key, capacity, period);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new RateLimitedException(words + ". Try again in " + seconds + " seconds.", seconds);
        }
        return bucket;
    }

    /** The bucket of this key, made full when new: {@code capacity} requests, refilled evenly over {@code period}. */
    private Bucket bucket(String key, int capacity, Duration period) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build());
    }
}
