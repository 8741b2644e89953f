package com.procurementrisk.limits;

import com.procurementrisk.config.AdvisorConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Token buckets (Bucket4j), each holding a minute's allowance and refilled evenly over the minute:
 * one per (kind, user) and per (kind, client address) for writes and scorings, and any other a
 * caller names ({@link #spend(String, int, Duration, String)}): sign-in attempts, per account and per
 * address, refilled over {@code advisor.rate-limit.sign-in-period}. Every bucket is made
 * here ({@link #use}): on PostgreSQL they are shared by all replicas through the database
 * ({@link SharedBuckets}); on the embedded H2 database, or while the shared ones cannot be reached,
 * they live in this process ({@link LocalBuckets}).
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class);

    /** What a request spends. */
    public enum Kind {
        WRITE("writes"), SCORING("scorings");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private static final Duration PERIOD = Duration.ofMinutes(1);
    private static final String SIGN_INS = "sign-in attempts ";

    private final AdvisorConfig.RateLimit config;
    private final LocalBuckets local;
    private final SharedBuckets shared;
    /** System.nanoTime() before which the shared buckets are not tried again after a failure. */
    private volatile long sharedRetryAt = System.nanoTime();

    RateLimits(AdvisorConfig config, SharedBuckets shared) {
        this.config = config.rateLimit();
        // A bucket unused for two of its periods is full again anyway: kept that long, no longer.
        Duration longest = this.config.signInPeriod().compareTo(PERIOD) > 0 ? this.config.signInPeriod() : PERIOD;
        this.local = new LocalBuckets(this.config.maxTracked(), longest);
        this.shared = this.config.shared() && shared.available() ? shared : null;
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
        String userKey = null;
        int userLimit = kind == Kind.WRITE ? config.writesPerUser() : config.scoringsPerUser();
        if (user.isPresent()) {
            userKey = kind + " user " + user.get();
            spend(userKey, userLimit, kind.words + " from this account");
        }
        try {
            spend(kind + " address " + address,
                    kind == Kind.WRITE ? config.writesPerAddress() : config.scoringsPerAddress(),
                    kind.words + " from your network address");
        } catch (RateLimitedException e) {
            if (userKey != null) {
                giveBack(userKey, userLimit, PERIOD); // refused: the user's allowance is not spent on it
            }
            throw e;
        }
    }

    /**
     * Spends one from the bucket {@code key}, which allows {@code capacity} per {@code period}
     * (refilled evenly), shared by every replica on PostgreSQL. The single way to add a limit: name
     * the bucket by what it counts ("sign-in account alice", "sign-in address 192.0.2.7").
     *
     * @param what what is counted and whose, for the refusal: "sign-in attempts for this account"
     * @throws RateLimitedException (429 with Retry-After) saying "Too many {what}: at most
     *                              {capacity} a minute" (or "in 15 minutes"), "Try again in {n} seconds." when it is empty
     */
    public void spend(String key, int capacity, Duration period, String what) {
        ConsumptionProbe probe = use(key, capacity, period, bucket -> bucket.tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new RateLimitedException("Too many " + what + ": at most " + capacity + " " + per(period)
                    + ". Try again in " + seconds + " seconds.", seconds);
        }
    }

    private void spend(String key, int perMinute, String what) {
        spend(key, perMinute, PERIOD, what);
    }

    private static String per(Duration period) {
        return period.equals(PERIOD) ? "a minute" : "in " + period.toMinutes() + " minutes";
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
        String accountKey = signInKey("account", account);
        spend(accountKey, config.signInsPerAccount(), config.signInPeriod(), SIGN_INS + "for this account");
        try {
            spend(signInKey("address", address), config.signInsPerAddress(), config.signInPeriod(),
                    SIGN_INS + "from your network address");
        } catch (RateLimitedException e) {
            giveBack(accountKey, config.signInsPerAccount(), config.signInPeriod());
            throw e;
        }
    }

    /** Gives back the attempt of a successful sign-in. */
    public void signedIn(String account, String address) {
        if (config.enabled()) {
            giveBack(signInKey("account", account), config.signInsPerAccount(), config.signInPeriod());
            giveBack(signInKey("address", address), config.signInsPerAddress(), config.signInPeriod());
        }
    }

    private static String signInKey(String kind, String who) {
        return "sign-in " + kind + " " + who.toLowerCase(Locale.ROOT);
    }

    /** Gives back one spent from {@code key} (a request that turned out not to count). */
    private void giveBack(String key, int capacity, Duration period) {
        use(key, capacity, period, bucket -> {
            bucket.addTokens(1);
            return null;
        });
    }

    /**
     * Where every bucket is made: the shared one while the database holds them and answers;
     * otherwise this process' own, for {@code advisor.rate-limit.shared-retry-after} after a
     * failure (a database outage then costs no request a wait for a connection, and the limits
     * still hold per replica).
     */
    private <T> T use(String key, int capacity, Duration period, Function<Bucket, T> action) {
        if (shared != null && System.nanoTime() - sharedRetryAt >= 0) {
            try {
                return shared.with(key, capacity, period, action);
            } catch (RuntimeException e) {
                sharedRetryAt = System.nanoTime() + config.sharedRetryAfter().toNanos();
                LOG.warnf("Shared rate-limit buckets out of reach, this replica counts alone for %s: %s",
                        config.sharedRetryAfter(), e.getMessage());
            }
        }
        return action.apply(local.bucket(key, capacity, period));
    }
}
