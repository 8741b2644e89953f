package com.procurementrisk.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

import java.time.Duration;

/**
 * Buckets in this process' memory: a Caffeine map bounded by {@code advisor.rate-limit.max-tracked};
 * a bucket unused for two periods is full again anyway, so it is dropped. Used on the embedded H2
 * database (one process) and by a replica while the shared buckets cannot be reached.
 */
final class LocalBuckets {

    private final Cache<String, Bucket> buckets;

    LocalBuckets(int maxTracked, Duration period) {
        this.buckets = Caffeine.newBuilder().maximumSize(Math.max(1, maxTracked))
                .expireAfterAccess(period.multipliedBy(2)).build();
    }

    Bucket bucket(String key, int perMinute, Duration period) {
        return buckets.get(key + " @" + perMinute, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, period)).build());
    }
}
