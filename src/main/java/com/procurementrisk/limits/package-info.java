/**
 * Limits on what one client can take: {@link com.procurementrisk.limits.RateLimits} keeps a token
 * bucket (Bucket4j) per signed-in user and per client address, for writes and for scoring, and any
 * other a caller names through {@code spend(key, perMinute, what)}: shared by the replicas in
 * PostgreSQL ({@link com.procurementrisk.limits.SharedBuckets}), in memory on the embedded H2
 * database; {@link com.procurementrisk.limits.RateLimitFilter} asks it before every request it
 * limits and refuses with {@link com.procurementrisk.limits.RateLimitedException}, which the
 * problem package answers 429 with {@code Retry-After}. {@link com.procurementrisk.limits.SlowBodies}
 * cuts off request bodies that arrive too slowly and bounds those in flight per address;
 * {@link com.procurementrisk.limits.ImportSlots} bounds imports at once.
 */
package com.procurementrisk.limits;
