package com.procurementrisk.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.procurementrisk.config.AdvisorConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per (kind, user) and per (kind, client address), each holding a minute's
 * allowance and refilled evenly over the minute (Bucket4j). The buckets live in a Caffeine map
 * bounded by {@code advisor.rate-limit.max-tracked}; one unused for two minutes is full again
 * anyway, so it is dropped. Per replica: behind a load balancer each replica counts its own share.
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

    private final AdvisorConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    RateLimits(AdvisorConfig config) {
        this.config = config.rateLimit();
        this.buckets = Caffeine.newBuilder().maximumSize(Math.max(1, this.config.maxTracked()))
                .expireAfterAccess(PERIOD.multipliedBy(2)).build();
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

    private Bucket take(Kind kind, String who, int perMinute, String words) {
        Bucket bucket = buckets.get(kind + " " + who, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return bucket;
        } else {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new RateLimitedException("Too many " + kind.words + " from " + words + ": at most " + perMinute
                    + " a minute. Try again in " + seconds + " seconds.", seconds);
        }
    }
}
