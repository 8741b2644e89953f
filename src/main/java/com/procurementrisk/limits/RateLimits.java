package com.procurementrisk.limits;

import com.procurementrisk.config.AdvisorConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Token buckets (Bucket4j), each holding a minute's allowance and refilled evenly over the minute:
 * one per (kind, user) and per (kind, client address) for writes and scorings, and any other a
 * caller names ({@link #spend(String, int, String)}, e.g. sign-in attempts). Every bucket is made
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

    private final AdvisorConfig.RateLimit config;
    private final LocalBuckets local;
    private final SharedBuckets shared;
    /** System.nanoTime() before which the shared buckets are not tried again after a failure. */
    private volatile long sharedRetryAt = System.nanoTime();

    RateLimits(AdvisorConfig config, SharedBuckets shared) {
        this.config = config.rateLimit();
        this.local = new LocalBuckets(this.config.maxTracked(), PERIOD);
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
                giveBack(userKey, userLimit); // refused: the user's allowance is not spent on it
            }
            throw e;
        }
    }

    /**
     * Spends one from the bucket {@code key}, which allows {@code perMinute} a minute (refilled
     * evenly), shared by every replica on PostgreSQL. The single way to add a limit: name the
     * bucket by what it counts ("sign-in account alice", "sign-in address 192.0.2.7").
     *
     * @param what what is counted and whose, for the refusal: "sign-in attempts for this account"
     * @throws RateLimitedException (429 with Retry-After) saying "Too many {what}: at most
     *                              {perMinute} a minute. Try again in {n} seconds." when it is empty
     */
    public void spend(String key, int perMinute, String what) {
        ConsumptionProbe probe = use(key, perMinute, bucket -> bucket.tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new RateLimitedException("Too many " + what + ": at most " + perMinute
                    + " a minute. Try again in " + seconds + " seconds.", seconds);
        }
    }

    /** Gives back one spent from {@code key} (a request that turned out not to count). */
    public void giveBack(String key, int perMinute) {
        use(key, perMinute, bucket -> {
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
    private <T> T use(String key, int perMinute, Function<Bucket, T> action) {
        if (shared != null && System.nanoTime() - sharedRetryAt >= 0) {
            try {
                return shared.with(key, perMinute, PERIOD, action);
            } catch (RuntimeException e) {
                sharedRetryAt = System.nanoTime() + config.sharedRetryAfter().toNanos();
                LOG.warnf("Shared rate-limit buckets out of reach, this replica counts alone for %s: %s",
                        config.sharedRetryAfter(), e.getMessage());
            }
        }
        return action.apply(local.bucket(key, perMinute, PERIOD));
    }
}
