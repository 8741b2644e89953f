/**
 * Rate limits: {@link com.procurementrisk.limits.RateLimits} keeps a token bucket (Bucket4j) per
 * signed-in user and per client address, for writes and for scoring, in a size-bounded map;
 * {@link com.procurementrisk.limits.RateLimitFilter} asks it before every request it limits and
 * refuses with {@link com.procurementrisk.limits.RateLimitedException}, which the problem
 * package answers 429 with {@code Retry-After}.
 */
package com.procurementrisk.limits;
