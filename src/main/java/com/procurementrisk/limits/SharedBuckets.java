package com.procurementrisk.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.procurementrisk.config.AdvisorConfig;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Buckets kept in the database every replica already uses (table {@code rate_limit_bucket},
 * Bucket4j's PostgreSQL backend, a row locked with SELECT … FOR UPDATE while a request spends from
 * it), so that a limit holds for all replicas together. Only on PostgreSQL: Bucket4j has no H2
 * backend, and the embedded H2 database serves a single process, whose buckets stay in memory
 * ({@link LocalBuckets}). A row expires once its bucket would be full again; expired rows are
 * removed every minute.
 */
@ApplicationScoped
public class SharedBuckets {

    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);
    /** Rows removed per statement by the clean-up. */
    private static final int CLEAN_UP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;
    private final ConcurrentHashMap<Integer, Cache<String, Bucket>> handles = new ConcurrentHashMap<>();
    private final int maxTracked;

    SharedBuckets(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                  AdvisorConfig config) {
        this.maxTracked = Math.max(1, config.rateLimit().maxTracked());
        this.proxies = url.startsWith("jdbc:postgresql:") ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_bucket").idColumn("id")
                .stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build() : null;
    }

    /** Whether the database can hold the buckets (PostgreSQL). */
    boolean available() {
        return proxies != null;
    }

    /**
     * Runs {@code use} on the shared bucket {@code key} allowing {@code perMinute} a period, outside
     * any transaction of the caller (Bucket4j commits its own). A changed allowance replaces the
     * stored one, keeping the tokens spent.
     */
    <T> T with(String key, int perMinute, Duration period, Function<Bucket, T> use) {
        Bucket bucket = proxies(perMinute, period).get(key, k -> proxies.builder()
                .withImplicitConfigurationReplacement(perMinute, TokensInheritanceStrategy.AS_IS)
                // Concurrent requests of this replica on one bucket go to the database as one
                // command: one busy address would otherwise queue every request on its row's lock.
                .withOptimization(Optimizations.batching())
                .build(k, () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, period)).build()));
        return QuarkusTransaction.suspendingExisting().call(() -> use.apply(bucket));
    }

    /** The bucket proxies of one allowance, kept so that the batching can combine requests on each. */
    private Cache<String, Bucket> proxies(int perMinute, Duration period) {
        return handles.computeIfAbsent(perMinute, p -> Caffeine.newBuilder().maximumSize(maxTracked)
                .expireAfterAccess(period.multipliedBy(2)).build());
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        if (proxies == null) {
            return;
        }
        // A few batches a minute at most: more than that is left for the next run.
        int batches = 0;
        try {
            while (proxies.removeExpired(CLEAN_UP_BATCH) == CLEAN_UP_BATCH && ++batches < 10) {
                LOG.debugf("removed %d expired rate-limit buckets, looking for more", CLEAN_UP_BATCH);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Expired rate-limit buckets not removed (tried again in a minute): %s", e.getMessage());
        }
    }
}
